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
