import { isHttpError, isRedirect } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSharedSeededStore, requestEvent, type SeededStore } from '../../../testing/store';
import type { PageData } from './$types';
import { load } from './+page.server';
import EntityPage from './+page.svelte';

type Event = Parameters<typeof load>[0];
// The path as a browser sends it, the key as SvelteKit hands it to load: decoded.
const entity = async (key: string) => (await load(requestEvent<Event>(`/entities/${encodeURIComponent(key)}`, { key }))) as PageData;
// Without Svelte's hydration comments, as a browser reads the markup.
const html = (data: PageData) =>
  render(EntityPage, { props: { data, params: { key: data.entity.key }, form: undefined } }).body.replace(/<!--[^]*?-->/g, '');

let seeded: SeededStore;
beforeAll(async () => {
  seeded = await openSharedSeededStore();
});

describe('entity load', () => {
  it('gives Antony Blinken: a person, Secretary of State, in both seeds, all in January 2022', async () => {
    const { entity: blinken } = await entity('person:antony blinken');
    expect(blinken).toMatchObject({ key: 'person:antony blinken', kind: 'person', name: 'Antony Blinken', articleCount: 2 });
    expect(blinken.roles.map((role) => role.role)).toContainEqual(expect.stringContaining('Secretary of State'));
    expect(blinken.months).toEqual([{ month: '2022-01', articles: 2 }]);
    expect(blinken.articles.map((article) => article.id).sort()).toEqual([...seeded.seedIds].sort());
    // His quotes in the seed that names him only "Blinken" are his too.
    expect(blinken.quotes.map((quote) => quote.articleId)).toEqual(expect.arrayContaining(seeded.seedIds));
    expect(blinken.related.map((other) => other.key)).toContain('person:sergey lavrov');
    expect(blinken.timeline.map((event) => event.expression)).toContain('On January 19');
  });

  it('sends a bare surname to the page of the one person it belongs to', async () => {
    const thrown = await entity('person:blinken').catch((err: unknown) => err);
    expect(isRedirect(thrown)).toBe(true);
    if (isRedirect(thrown)) expect([thrown.status, thrown.location]).toEqual([307, '/entities/person%3Aantony%20blinken']);
  });

  it.each(['person:nobody at all', 'not-a-key', 'animal:cat'])('is a 404 for %s', async (key) => {
    const thrown = await entity(key).catch((err: unknown) => err);
    expect(isHttpError(thrown, 404)).toBe(true);
  });
});

describe('entity page', () => {
  it('names the person, their role and their number of articles', async () => {
    const body = html(await entity('person:antony blinken'));
    expect(body).toContain('<h1>Antony Blinken</h1>');
    expect(body).toMatch(/<span class="kicker">Person<\/span> · named in 2 articles/);
    expect(body).toMatch(/<span class="role[^"]*">US Secretary of State<\/span>/);
  });

  it('charts the mentions over time as an SVG image described in words, with the figures as a table', async () => {
    const body = html(await entity('person:antony blinken'));
    expect(body).toMatch(/<svg [^>]*role="img" aria-labelledby="mentions-chart-caption"/);
    expect(body).toMatch(/<figcaption id="mentions-chart-caption"[^>]*>\s*Articles naming Antony Blinken each month, January 2022\. The most: 2 articles, in\s+January 2022\./);
    expect(body).toMatch(/<rect class="bar[^"]*" x="2.4" y="0" width="19.2" height="120"><title>January 2022: 2 articles<\/title><\/rect>/);
    expect(body).toMatch(/<tr><th scope="row"[^>]*>January 2022<\/th><td[^>]*>2<\/td><\/tr>/);
  });

  it('lists his quotes, each linked at its place in its article, and links the quotes index for more', async () => {
    const data = await entity('person:antony blinken');
    const body = html(data);
    const clearer = data.entity.quotes.find((quote) => quote.text === 'clearer path');
    expect(clearer).toBeDefined();
    expect(body).toContain(`href="/articles/${clearer!.articleId}#q-${clearer!.position}"`);
    expect(body).toMatch(/<p[^>]*>clearer path<\/p>/);
    expect(body).toContain('href="/quotes?speaker=Antony+Blinken"');
  });

  it('links the entities named with him, his latest articles, and dates his timeline with the sentence that gives each date', async () => {
    const body = html(await entity('person:antony blinken'));
    expect(body).toContain('<a href="/entities/person%3Asergey%20lavrov">Sergey Lavrov</a>');
    for (const id of seeded.seedIds) expect(body).toMatch(new RegExp(`<h3 class="title[^"]*"><a href="/articles/${id}"`));
    expect(body).toContain('<time datetime="2022-01-19">Wednesday 19 January 2022</time>');
    expect(body).toContain('<mark>On January 19</mark>, Blinken met Ukrainian President Volodymyr Zelensky');
  });

  it('has no quotes section for a place', async () => {
    const data = await entity('place:geneva');
    expect(data.entity.kind).toBe('place');
    const body = html(data);
    expect(body).toContain('<h1>Geneva</h1>');
    expect(body).not.toContain('id="quotes"');
    expect(body).toContain('id="events"');
  });
});
