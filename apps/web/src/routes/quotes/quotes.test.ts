import { isHttpError } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { listQuotes } from '@dateline/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSharedSeededStore, requestEvent, type SeededStore } from '../../testing/store';
import type { PageData } from './$types';
import { load } from './+page.server';
import QuotesPage from './+page.svelte';

type Event = Parameters<typeof load>[0];
const quotes = async (path: string) => (await load(requestEvent<Event>(path))) as PageData;
const items = (data: PageData) => data.days.flatMap((day) => day.items);
// Without Svelte's hydration comments, as a browser reads the markup.
const html = (data: PageData) => render(QuotesPage, { props: { data, params: {}, form: undefined } }).body.replace(/<!--[^]*?-->/g, '');

let seeded: SeededStore;
beforeAll(async () => {
  seeded = await openSharedSeededStore();
});

describe('quotes load', () => {
  it('lists Lavrov’s quotes for speaker=Lavrov, from both seeds, newest first', async () => {
    const data = await quotes('/quotes?speaker=Lavrov');
    const found = items(data);
    expect(found.length).toBeGreaterThan(5);
    expect(found.every((quote) => quote.speakerKey === 'person:sergey lavrov')).toBe(true);
    expect(new Set(found.map((quote) => quote.articleId))).toEqual(new Set(seeded.seedIds));
    expect(found.map((quote) => quote.text)).toContain('Russia has never threatened the Ukrainian people');
    const order = found.map((quote) => [quote.date, quote.articleId, quote.position].join(' '));
    expect(order).toEqual([...order].sort().reverse());
    expect(data).toMatchObject({ speaker: 'Lavrov', q: '', isFirstPage: true, olderHref: null });
  });

  it('narrows by words in the quote', async () => {
    const found = items(await quotes('/quotes?speaker=Lavrov&q=emotions'));
    expect(found.length).toBeGreaterThan(0);
    for (const quote of found) expect(quote.text).toMatch(/emotion/i);
    expect(items(await quotes('/quotes?q=%22clearer%20path%22')).map((quote) => quote.speakerKey)).toEqual(
      expect.arrayContaining(['person:antony blinken']),
    );
  });

  it('pages every quote 20 at a time, keeping the speaker in the older-page link', async () => {
    const { db } = seeded.store;
    const all = [];
    let path: string | null = '/quotes';
    while (path) {
      const data: PageData = await quotes(path);
      expect(items(data).length).toBeLessThanOrEqual(20);
      all.push(...items(data));
      path = data.olderHref;
    }
    const total = (await listQuotes(db, { limit: 100 })).items.length;
    expect(all).toHaveLength(total);
    expect(new Set(all.map((quote) => `${quote.articleId}:${quote.position}`)).size).toBe(total);
    const blinken = await quotes('/quotes?speaker=Blinken');
    expect(blinken.olderHref).toMatch(/^\/quotes\?speaker=Blinken&cursor=/);
    const older = await quotes(blinken.olderHref!);
    expect(older.isFirstPage).toBe(false);
    expect(older.firstHref).toBe('/quotes?speaker=Blinken');
  });

  it('treats empty form fields as no filter', async () => {
    expect(items(await quotes('/quotes?speaker=&q='))).toHaveLength(20);
  });

  it.each([
    [`/quotes?speaker=${'a'.repeat(201)}`, /Speaker: must be at most 200 characters/],
    [`/quotes?q=${'a'.repeat(501)}`, /Words: must be at most 500 characters/],
    ['/quotes?cursor=not-a-cursor', /first page/],
  ])('answers %s with a 400 and a message', async (path, message) => {
    const thrown = await quotes(path).catch((err: unknown) => err);
    expect(isHttpError(thrown, 400)).toBe(true);
    if (isHttpError(thrown)) expect(thrown.body.message).toMatch(message);
  });
});

describe('quotes page', () => {
  it('links each quote to its place in its article and its speaker to their page, under the day', async () => {
    const data = await quotes('/quotes?speaker=Lavrov');
    const body = html(data);
    expect(body).toMatch(/<h2 id="day-2022-01-21"[^>]*><time datetime="2022-01-21">Friday 21 January 2022<\/time><\/h2>/);
    for (const quote of items(data)) expect(body).toContain(`href="/articles/${quote.articleId}#q-${quote.position}"`);
    expect(body).toContain('<a href="/entities/person%3Asergey%20lavrov">Sergey Lavrov</a>');
  });

  it('has a form with a labelled Speaker field and a labelled Words field, filled with the search', async () => {
    const body = html(await quotes('/quotes?speaker=Lavrov&q=emotions'));
    expect(body).toMatch(/<label for="quote-speaker">Speaker<\/label>/);
    expect(body).toMatch(/<input id="quote-speaker" type="search" name="speaker" value="Lavrov"/);
    expect(body).toMatch(/<label for="quote-q">Words<\/label>/);
    expect(body).toMatch(/<input id="quote-q" type="search" name="q" value="emotions"/);
  });

  it('says when no quote matches', async () => {
    const body = html(await quotes('/quotes?speaker=Nobody%20At%20All'));
    expect(body).toContain('No quotes match.');
    expect(body).not.toContain('rel="next"');
  });
});
