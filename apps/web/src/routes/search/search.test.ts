import { isHttpError } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSharedSeededStore, requestEvent, type SeededStore } from '../../testing/store';
import type { PageData } from './$types';
import { load } from './+page.server';
import SearchPage from './+page.svelte';

type Event = Parameters<typeof load>[0];
const search = async (path: string) => (await load(requestEvent<Event>(path))) as PageData;

let seeded: SeededStore;
beforeAll(async () => {
  seeded = await openSharedSeededStore();
});

describe('search load', () => {
  it('shows just the form for an empty query', async () => {
    expect(await search('/search')).toMatchObject({ q: '', results: null, moreHref: null });
    expect(await search('/search?q=%20%20&from=2022-01-01')).toMatchObject({ q: '', from: '2022-01-01', results: null });
  });

  it('finds the seeds with the words marked, and links a feed of the search', async () => {
    const data = await search('/search?q=Lavrov');
    expect(data.results?.map((result) => result.article.id).sort()).toEqual([...seeded.seedIds].sort());
    for (const result of data.results ?? []) expect(result.snippet).toContain('<mark>');
    expect(data.feedHref).toBe('/feed.xml?q=Lavrov');
  });

  it('pages with a cursor that keeps the query and dates', async () => {
    const data = await search('/search?q=harbour&from=2022-02-01');
    expect(data.results).toHaveLength(20);
    expect(data.moreHref).toMatch(/^\/search\?q=harbour&from=2022-02-01&cursor=/);
    const more = await search(data.moreHref!);
    expect(more.results).toHaveLength(4);
    expect(more.isFirstPage).toBe(false);
  });

  it.each([
    ['/search?q=geneva&from=2022-13-01', /From date/],
    ['/search?q=geneva&from=2022-02-02&to=2022-01-01', /From date/],
    [`/search?q=${'a'.repeat(501)}`, /Search/],
    ['/search?q=geneva&cursor=bogus', /first page/],
  ])('answers %s with a 400 and a message', async (path, message) => {
    const thrown = await search(path).catch((err: unknown) => err);
    expect(isHttpError(thrown, 400)).toBe(true);
    if (isHttpError(thrown)) expect(thrown.body.message).toMatch(message);
  });
});

describe('search page', () => {
  it('renders the snippet markup but escapes titles', async () => {
    const data = await search('/search?q=letter');
    expect(data.results?.[0]?.article.id).toBe(seeded.scriptId);
    const { body } = render(SearchPage, { props: { data, params: {}, form: undefined } });
    expect(body).toContain('<mark>');
    expect(body).not.toContain('<script>alert(1)</script>');
    expect(body).toContain('&lt;script>alert(1)&lt;/script>');
  });
});
