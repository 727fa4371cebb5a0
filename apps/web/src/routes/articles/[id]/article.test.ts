import { isHttpError } from '@sveltejs/kit';
import { getArticle } from '@dateline/core';
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSharedSeededStore, requestEvent, type SeededStore } from '../../../testing/store';
import type { PageData } from './$types';
import { load } from './+page.server';
import ArticlePage from './+page.svelte';

type Event = Parameters<typeof load>[0];
const article = async (id: string) => (await load(requestEvent<Event>(`/articles/${id}`, { id }))) as PageData;
// Without Svelte's hydration comments, as a browser reads the markup.
const html = (data: PageData) =>
  render(ArticlePage, { props: { data, params: { id: data.article.id }, form: undefined } }).body.replace(/<!--[^]*?-->/g, '');
const textOf = (markup: string) => markup.replace(/<[^>]*>/g, '');

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
    expect(data.body.some((block) => block.type === 'subheading')).toBe(true);
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
    const body = html(data);
    expect(body).toMatch(/<time datetime="2022-01-21">Friday 21 January 2022<\/time>/);
    // Quotes in a block are spans within it: the heading's text is the subheading's.
    const headings = [...body.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((match) => textOf(match[1]!));
    expect(headings).toContain("Blinken said Biden 'fully prepared' to meet Putin");
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
    const subheadings = data.body.filter((block) => block.type === 'subheading');
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

describe('article quotes', () => {
  it('cuts each block around its quotes, the runs joining back into the text, every quote anchored', async () => {
    const id = seeded.seedIds[1]!;
    const [data, stored] = await Promise.all([article(id), getArticle(seeded.store.db, id)]);
    expect(data.body.map((block) => block.runs.map((run) => run.text).join(''))).toEqual(stored!.blocks.map((block) => block.text));
    const quotes = stored!.enrichment!.quotes;
    expect(quotes.length).toBeGreaterThan(0);
    const body = html(data);
    for (const position of quotes.keys()) expect(body).toContain(`id="q-${position}"`);
    // The anchors are inside the reading view, the quoted words in the span.
    const clearer = quotes.findIndex((quote) => quote.text === 'clearer path');
    expect(body.slice(body.indexOf('<article'), body.indexOf('</article>'))).toContain(`id="q-${clearer}"`);
  });

  it('lists the “clearer path” quote under Antony Blinken, linked to his page, and links it to its place in the text', async () => {
    const data = await article(seeded.seedIds[1]!);
    const blinken = data.enrichment?.speakers.find((speaker) => speaker.entityKey === 'person:antony blinken');
    expect(blinken).toMatchObject({ name: 'Antony Blinken', role: 'US Secretary of State' });
    const clearer = blinken!.quotes.find((quote) => quote.text.includes('clearer path'));
    expect(clearer?.text).toBe('US and Russia are on a ‘clearer path’ to understanding each other’s concerns');
    // The quoted words inside that reported clause are not listed again on their own.
    expect(blinken!.quotes.filter((quote) => quote.text.includes('clearer path'))).toHaveLength(1);
    const body = html(data);
    const section = body.slice(body.indexOf('Who is quoted'));
    expect(section).toContain('<a href="/entities/person%3Aantony%20blinken">Antony Blinken</a>');
    expect(section).toContain('US and Russia are on a ‘clearer path’ to understanding');
    expect(section).toContain(`href="#q-${clearer!.position}"`);
    expect(body.indexOf('Who is quoted')).toBeGreaterThan(body.indexOf('</article>'));
  });

  it('offers to highlight the quotes with a labelled checkbox, only where there are quotes', async () => {
    expect(html(await article(seeded.seedIds[0]!))).toMatch(/<label><input type="checkbox" id="show-quotes"[^>]*> Highlight the quotes in the text<\/label>/);
    const plain = html(await article(seeded.dailyIds[0]!));
    expect(plain).not.toContain('show-quotes');
    expect(plain).not.toContain('Who is quoted');
  });

  it('names the people, organisations and places, most mentioned first, each linked to its page', async () => {
    const data = await article(seeded.seedIds[0]!);
    expect(data.enrichment?.named.map((group) => group.label)).toEqual(['People', 'Organisations', 'Places']);
    const people = data.enrichment!.named[0]!.entities;
    expect(people[0]).toEqual({ key: 'person:sergey lavrov', name: 'Sergey Lavrov', role: 'Russian Foreign Minister' });
    const body = html(data);
    expect(body).toContain('<a href="/entities/person%3Asergey%20lavrov">Sergey Lavrov</a>');
    expect(body).toContain('<a href="/entities/place%3Ageneva">Geneva</a>');
    expect(body.indexOf('Named in this article')).toBeGreaterThan(body.indexOf('</article>'));
  });

  it('shows the sources the text cites apart from the photo credit', async () => {
    const data = await article(seeded.seedIds[0]!);
    // Outlets only: "the news agency" describing Sputnik is not a second source.
    expect(data.enrichment?.citedSources).toEqual(['Sputnik']);
    const body = html(data);
    expect(body).toMatch(/<p[^>]*>Image: AP<\/p>/);
    expect(body).toMatch(/<p[^>]*>Sources cited in the text: Sputnik<\/p>/);
  });
});
