import { isHttpError } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { importArticles } from '@dateline/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSharedSeededStore, requestEvent } from '../../testing/store';
import type { PageData } from './$types';
import { load } from './+page.server';
import EntitiesPage from './+page.svelte';

type Event = Parameters<typeof load>[0];
const entities = async (path: string) => (await load(requestEvent<Event>(path))) as PageData;
// Without Svelte's hydration comments, as a browser reads the markup.
const html = (data: PageData) => render(EntitiesPage, { props: { data, params: {}, form: undefined } }).body.replace(/<!--[^]*?-->/g, '');

// Written for these tests: sixteen capitals, so the index runs past one page of 20.
const TOUR =
  ' date 2022-03-01 Ministers travelled from Paris to Berlin, then on to Madrid, Rome, Vienna, Warsaw, Prague and Lisbon this week.\n\n' +
  'They ended the tour in Dublin, Oslo, Helsinki, Brussels, Athens, Budapest, Bucharest and Stockholm.\n';

beforeAll(async () => {
  const { store } = await openSharedSeededStore();
  expect((await importArticles(store.db, [{ path: 'tests/tour.txt', bytes: new TextEncoder().encode(TOUR) }])).imported).toBe(1);
});

describe('entities load', () => {
  it('lists people, organisations and places, the most written about first, 20 a page, and follows the cursor to the rest', async () => {
    const first = await entities('/entities');
    expect(first.entities).toHaveLength(20);
    expect(first.isFirstPage).toBe(true);
    expect(first.moreHref).toMatch(/^\/entities\?cursor=/);
    const counts = first.entities.map((entity) => entity.articleCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(first.entities).toContainEqual({ key: 'person:antony blinken', kind: 'person', name: 'Antony Blinken', articleCount: 2 });
    const rest = await entities(first.moreHref!);
    expect(rest.isFirstPage).toBe(false);
    expect(rest.entities.length).toBeGreaterThan(0);
    const keys = [...first.entities, ...rest.entities].map((entity) => entity.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('place:stockholm');
  });

  it('finds entities by part of their name, and of one kind, keeping both in the next-page link', async () => {
    const lavrov = await entities('/entities?q=lavrov');
    expect(lavrov.entities.map((entity) => entity.key)).toEqual(['person:sergey lavrov']);
    expect(lavrov.q).toBe('lavrov');
    const places = await entities('/entities?kind=place');
    expect(places.kind).toBe('place');
    expect(places.entities.length).toBe(20);
    expect(places.entities.every((entity) => entity.kind === 'place')).toBe(true);
    expect(places.moreHref).toMatch(/^\/entities\?kind=place&cursor=/);
  });

  it('treats empty form fields as no filter', async () => {
    const data = await entities('/entities?q=&kind=');
    expect(data).toMatchObject({ q: '', kind: '' });
    expect(data.entities).toHaveLength(20);
  });

  it.each([
    ['/entities?kind=animal', /Kind: must be person, place or organisation/],
    [`/entities?q=${'a'.repeat(201)}`, /Name: must be at most 200 characters/],
    ['/entities?cursor=not-a-cursor', /first page/],
  ])('answers %s with a 400 and a message', async (path, message) => {
    const thrown = await entities(path).catch((err: unknown) => err);
    expect(isHttpError(thrown, 400)).toBe(true);
    if (isHttpError(thrown)) expect(thrown.body.message).toMatch(message);
  });
});

describe('entities page', () => {
  it('links each entity to its page with what it is and its count, under a labelled search form', async () => {
    const body = html(await entities('/entities?q=blinken&kind=person'));
    expect(body).toMatch(/<h2 class="title[^"]*"><a href="\/entities\/person%3Aantony%20blinken"[^>]*>Antony Blinken<\/a><\/h2>/);
    expect(body).toContain('Person · named in 2 articles');
    expect(body).toMatch(/<label for="entity-q">Name<\/label>/);
    expect(body).toMatch(/<input id="entity-q"[^>]*value="blinken"/);
    expect(body).toMatch(/<label for="entity-kind">Kind<\/label>/);
    expect(body).toMatch(/<option value="person" selected[^>]*>People<\/option>/);
  });

  it('says when nothing matches', async () => {
    expect(html(await entities('/entities?q=nobody-at-all'))).toContain('No one and nothing by that name.');
  });
});
