import { isHttpError } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSharedSeededStore, requestEvent, type SeededStore } from '../../../testing/store';
import type { PageData } from './$types';
import { load } from './+page.server';
import ArticlePage from './+page.svelte';

type Event = Parameters<typeof load>[0];
const article = async (id: string) => (await load(requestEvent<Event>(`/articles/${id}`, { id }))) as PageData;

let seeded: SeededStore;
beforeAll(async () => {
  seeded = await openSharedSeededStore();
});

describe('article load', () => {
  it('gives the article with its readable date', async () => {
    const [id] = seeded.seedIds;
    const data = await article(id!);
    expect(data.article.id).toBe(id);
    expect(data.dateLabel).toBe('Friday 21 January 2022');
    expect(data.article.blocks.some((block) => block.type === 'subheading')).toBe(true);
    expect(data.article.credit).toBe('AP');
  });

  it('links the newer and older articles beside it, across days', async () => {
    const [day1, day2] = seeded.dailyIds;
    const middle = await article(day2!);
    expect(middle.older?.id).toBe(day1);
    expect(middle.newer?.id).toBe(seeded.dailyIds[2]);
    const oldestDaily = await article(day1!);
    expect(oldestDaily.older?.id).toBe(seeded.scriptId);
    const script = await article(seeded.scriptId);
    expect(script.newer?.id).toBe(day1);
    const newest = await article(seeded.dailyIds.at(-1)!);
    expect(newest.newer).toBeNull();
  });

  it('is a 404 for an unknown id', async () => {
    const thrown = await article('no-such-article').catch((err: unknown) => err);
    expect(isHttpError(thrown, 404)).toBe(true);
  });
});

describe('article page', () => {
  it('shows markup in article text as text', async () => {
    const data = await article(seeded.scriptId);
    const { body } = render(ArticlePage, { props: { data, params: { id: seeded.scriptId }, form: undefined } });
    expect(body).not.toContain('<script>alert(1)</script>');
    expect(body).toContain('&lt;script>alert(1)&lt;/script>');
    expect(body).not.toContain('<b>Staff</b>');
  });

  it('renders subheadings as h2 and paragraphs as p, with the date as <time>', async () => {
    const data = await article(seeded.seedIds[0]!);
    const { body } = render(ArticlePage, { props: { data, params: { id: seeded.seedIds[0]! }, form: undefined } });
    expect(body).toMatch(/<time datetime="2022-01-21">Friday 21 January 2022<\/time>/);
    expect(body).toMatch(/<h2[^>]*>Blinken said Biden 'fully prepared' to meet Putin<\/h2>/);
    expect(body).toMatch(/<p[^>]*>While addressing the media/);
    expect(body).toContain('Image: AP');
    expect(body).toContain('Title derived from the lead');
  });
});

describe('article in its story', () => {
  it('links its story and lists the other coverage', async () => {
    const [first, second] = seeded.seedIds;
    const data = await article(first!);
    expect(data.story).toMatchObject({ id: seeded.seedStoryId, articleCount: 2, moreOthers: 0 });
    expect(data.story?.others.map((other) => other.id)).toEqual([second]);
    const { body } = render(ArticlePage, { props: { data, params: { id: first! }, form: undefined } });
    expect(body).toContain('Part of the story:');
    expect(body).toContain(`href="/stories/${seeded.seedStoryId}"`);
    expect(body).toContain(`— 2 articles`);
    expect(body).toContain(`href="/articles/${second}"`);
    expect(body).toContain(`href="/stories/${seeded.seedStoryId}?since=${first}"`);
  });

  it('keeps the article the page’s only <article>, its h2s the subheadings', async () => {
    const data = await article(seeded.seedIds[0]!);
    const { body } = render(ArticlePage, { props: { data, params: { id: seeded.seedIds[0]! }, form: undefined } });
    expect(body.match(/<article/g)).toHaveLength(1);
    const inside = body.slice(body.indexOf('<article'), body.indexOf('</article>'));
    const subheadings = data.article.blocks.filter((block) => block.type === 'subheading');
    expect(inside.match(/<h2/g)).toHaveLength(subheadings.length);
    expect(body.indexOf('Other coverage')).toBeGreaterThan(body.indexOf('</article>'));
    // Reading keys follow the newer/older links: no list items on this page to step through.
    expect(body).not.toContain('data-nav-item');
  });

  it('has no other coverage when its story has no other article', async () => {
    const data = await article(seeded.scriptId);
    expect(data.story).toMatchObject({ id: seeded.scriptStoryId, others: [] });
    const { body } = render(ArticlePage, { props: { data, params: { id: seeded.scriptId }, form: undefined } });
    expect(body).toContain('— 1 article');
    expect(body).not.toContain('Other coverage');
  });
});
