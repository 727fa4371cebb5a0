import type { SearchPage } from '@dateline/core';
import { describe, expect, it } from 'vitest';
import { expectInvalid, expectJson } from '../testdata/expect.js';
import { useSeededApp } from '../testdata/app.js';

const context = useSeededApp();

async function search(query: string): Promise<SearchPage> {
  return expectJson<SearchPage>(await context.app.request(`/api/search?${query}`));
}

async function idsFor(q: string, extra = ''): Promise<string[]> {
  const page = await search(`q=${encodeURIComponent(q)}${extra}`);
  return page.results.map((result) => result.article.id).sort();
}

describe('GET /api/search', () => {
  it('finds both seeds for "Lavrov" with the word marked in each snippet', async () => {
    const page = await search('q=Lavrov');
    expect(page.nextCursor).toBeNull();
    expect(page.results.map((result) => result.article.id).sort()).toEqual([...context.seeded.seedIds].sort());
    for (const result of page.results) {
      expect(Object.keys(result).sort()).toEqual(['article', 'score', 'snippet']);
      expect(Object.keys(result.article).sort()).toEqual(['credit', 'date', 'excerpt', 'id', 'outlet', 'storyId', 'summaryOnly', 'title', 'titleInferred', 'wordCount']);
      expect(result.snippet).toMatch(/<mark>Lavrov<\/mark>/);
      expect(result.score).toBeGreaterThan(0);
    }
    expect(page.results[0]!.score).toBeGreaterThanOrEqual(page.results[1]!.score);
  });

  it('matches title: words in the title only', async () => {
    expect(await idsFor('Zanzibar')).toEqual([context.seeded.ids.zanzibar, context.seeded.ids.mombasa].sort());
    expect(await idsFor('title:Zanzibar')).toEqual([context.seeded.ids.zanzibar]);
    expect(await idsFor('intitle:Zanzibar')).toEqual([context.seeded.ids.zanzibar]);
  });

  it('matches a quoted phrase only with its words in order', async () => {
    expect(await idsFor('marmalade avalanche')).toEqual([context.seeded.ids.zanzibar, context.seeded.ids.mombasa].sort());
    expect(await idsFor('"marmalade avalanche"')).toEqual([context.seeded.ids.zanzibar]);
  });

  it('passes OR and -exclusions through to the query parser', async () => {
    expect(await idsFor('Zanzibar -Mombasa')).toEqual([context.seeded.ids.zanzibar]);
    expect(await idsFor('Mombasa OR Dublin')).toEqual([context.seeded.ids.mombasa, context.seeded.ids.leapDay].sort());
  });

  it('filters by date range', async () => {
    expect(await idsFor('Zanzibar', '&from=2022-01-01')).toEqual([context.seeded.ids.mombasa]);
    expect(await idsFor('Geneva', '&to=2021-12-31')).toEqual([]);
    expect(await idsFor('Geneva', '&from=2022-01-21&to=2022-01-21')).toEqual([...context.seeded.seedIds, context.seeded.ids.geneva].sort());
  });

  it('walks every page once following nextCursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: SearchPage = await search(`q=Geneva&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.results.length).toBeLessThanOrEqual(1);
      seen.push(...page.results.map((result) => result.article.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen.sort()).toEqual([...context.seeded.seedIds, context.seeded.ids.geneva].sort());
    expect(pages).toBe(3);
  });

  it('escapes markup from article text in snippets', async () => {
    const page = await search('q=scanners');
    expect(page.results).toHaveLength(1);
    const [result] = page.results;
    expect(result!.snippet).not.toMatch(/<script/i);
    expect(result!.snippet).toContain('&lt;script&gt;');
    expect(result!.snippet).toMatch(/<mark>Scanners<\/mark>/);
  });

  it('returns an empty page for a query of stop words only', async () => {
    expect(await search('q=the')).toEqual({ results: [], nextCursor: null });
  });

  it.each([
    ['', ['q']],
    ['q=', ['q']],
    ['q=%20%20', ['q']],
    [`q=${'a'.repeat(501)}`, ['q']],
    ['q=Lavrov&q=Blinken', ['q']],
    ['q=Lavrov&limit=0', ['limit']],
    ['q=Lavrov&limit=101', ['limit']],
    ['q=Lavrov&limit=abc', ['limit']],
    ['q=Lavrov&from=2023-02-30', ['from']],
    ['q=Lavrov&to=yesterday', ['to']],
    ['q=Lavrov&from=2023-01-02&to=2023-01-01', ['from']],
    ['q=Lavrov&cursor=bm90LWpzb24', ['cursor']],
    ['q=&limit=0&from=x', ['q', 'limit', 'from']],
  ])('rejects "%s" as a 400 naming %j', async (query, names) => {
    await expectInvalid(await context.app.request(`/api/search?${query}`), names);
  });
});
