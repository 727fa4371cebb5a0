import type { Article, ArticleSummary, Page } from '@dateline/core';
import { describe, expect, it } from 'vitest';
import { expectInvalid, expectJson, expectProblem } from '../testdata/expect.js';
import { useSeededApp } from '../testdata/app.js';

const summaryKeys = ['credit', 'date', 'excerpt', 'id', 'outlet', 'storyId', 'summaryOnly', 'title', 'titleInferred', 'wordCount'];
const articleKeys = ['author', 'blocks', 'credit', 'date', 'enrichment', 'id', 'importedAt', 'language', 'outlet', 'storyId', 'summaryOnly', 'title', 'titleInferred', 'url', 'wordCount'];

const context = useSeededApp();

async function list(query = ''): Promise<Page<ArticleSummary>> {
  return expectJson<Page<ArticleSummary>>(await context.app.request(`/api/articles${query}`));
}

async function get(id: string): Promise<Article> {
  return expectJson<Article>(await context.app.request(`/api/articles/${id}`));
}

describe('GET /api/articles', () => {
  it('lists summaries newest first, ties broken by id', async () => {
    const page = await list();
    expect(page.nextCursor).toBeNull();
    expect(page.items.map(({ id, date }) => ({ id, date }))).toEqual(context.seeded.all);
    for (const item of page.items) expect(Object.keys(item).sort()).toEqual(summaryKeys);
  });

  it('walks every page once, in order, following nextCursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page<ArticleSummary> = await list(`?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(context.seeded.all.map((article) => article.id));
  });

  it('keeps the date range while paging', async () => {
    const first = await list('?from=2022-01-21&to=2023-02-28&limit=2');
    expect(first.nextCursor).not.toBeNull();
    const second = await list(`?from=2022-01-21&to=2023-02-28&limit=2&cursor=${first.nextCursor}`);
    expect(second.nextCursor).toBeNull();
    const dates = [...first.items, ...second.items].map((item) => item.date);
    expect(dates).toEqual(['2023-02-28', '2022-01-21', '2022-01-21', '2022-01-21']);
  });

  it('filters by an inclusive date range', async () => {
    const day = await list('?from=2022-01-21&to=2022-01-21');
    expect(day.items.map((item) => item.id).sort()).toEqual([...context.seeded.seedIds, context.seeded.ids.geneva].sort());
    expect((await list('?from=2023-01-01')).items.map((item) => item.date)).toEqual(['2024-12-31', '2023-03-01', '2023-02-28']);
    expect((await list('?to=2021-05-03')).items.map((item) => item.id)).toEqual([context.seeded.ids.zanzibar, context.seeded.ids.leapDay]);
    expect((await list('?from=2025-01-01')).items).toEqual([]);
  });

  it('treats an empty form field as absent', async () => {
    expect((await list('?from=&to=&limit=&cursor=')).items).toHaveLength(context.seeded.all.length);
  });

  it.each([
    ['from=2023-02-30', ['from']],
    ['from=yesterday', ['from']],
    ['to=2023-13-01', ['to']],
    ['to=21-01-2022', ['to']],
    ['limit=0', ['limit']],
    ['limit=101', ['limit']],
    ['limit=abc', ['limit']],
    ['limit=2.5', ['limit']],
    ['limit=-1', ['limit']],
    ['from=2023-01-02&to=2023-01-01', ['from']],
    ['limit=5&limit=6', ['limit']],
    ['from=nope&limit=0', ['from', 'limit']],
    ['cursor=not-a-cursor', ['cursor']],
    [`cursor=${'x'.repeat(201)}`, ['cursor']],
  ])('rejects %s as a 400 naming %j', async (query, names) => {
    await expectInvalid(await context.app.request(`/api/articles?${query}`), names);
  });

  it('says which request failed in `instance`', async () => {
    await expectProblem(await context.app.request('/api/articles?limit=0'), 400, '/api/articles?limit=0');
  });
});

describe('GET /api/articles/:id', () => {
  it('returns the full article', async () => {
    const [seedId] = context.seeded.seedIds;
    const article = await expectJson<Article>(await context.app.request(`/api/articles/${seedId}`));
    expect(Object.keys(article).sort()).toEqual(articleKeys);
    expect(article).toMatchObject({ id: seedId, date: '2022-01-21', titleInferred: true, credit: 'AP' });
    expect(article.blocks.length).toBeGreaterThan(1);
    expect(article.blocks[0]?.text).toMatch(/^Despite reaching no breakthroughs/);
    expect(article.wordCount).toBeGreaterThan(300);
    expect(new Date(article.importedAt).toISOString()).toBe(article.importedAt);
  });

  it('carries the quotes, entities, dates and cited sources of the article', async () => {
    const articles = await Promise.all(context.seeded.seedIds.map((id) => get(id)));
    const lavrovTalks = articles.find((article) => article.title.includes('emotions will decrease'))!;
    const { quotes, entities, dates } = lavrovTalks.enrichment!;
    expect(quotes.find((quote) => quote.text.includes('clearer path'))).toMatchObject({
      speaker: 'Blinken',
      speakerKey: 'person:antony blinken',
      kind: 'reported',
    });
    const blinken = entities.find((entity) => entity.key === 'person:antony blinken');
    expect(blinken).toMatchObject({ kind: 'person', name: 'Antony Blinken' });
    expect(blinken?.roles).toContain('US Secretary of State');
    expect(dates.find((date) => date.text === 'on Wednesday')).toMatchObject({ from: '2022-01-19', to: '2022-01-19', granularity: 'day' });
    const apReport = articles.find((article) => article !== lavrovTalks)!;
    expect(apReport.enrichment?.citedSources).toContain('Sputnik');
  });

  it('gives every quote, mention and date the offsets of its text in its block', async () => {
    for (const id of context.seeded.seedIds) {
      const { blocks, enrichment } = await get(id);
      const at = (span: { blockIndex: number; start: number; end: number }) => blocks[span.blockIndex]?.text.slice(span.start, span.end);
      expect(enrichment?.quotes.length).toBeGreaterThan(5);
      for (const quote of enrichment?.quotes ?? []) expect(at(quote)).toBe(quote.text);
      for (const mention of enrichment?.entities.flatMap((entity) => entity.mentions) ?? []) expect(at(mention)).toBe(mention.text);
      for (const date of enrichment?.dates ?? []) expect(at(date)).toBe(date.text);
      // A quote is pinned on an entity of its own article, never on one the article does not name.
      const keys = new Set(enrichment?.entities.map((entity) => entity.key));
      for (const quote of enrichment?.quotes ?? []) if (quote.speakerKey !== null) expect(keys).toContain(quote.speakerKey);
    }
  });

  it('enriches a one-line article too', async () => {
    const { enrichment } = await get(context.seeded.ids.geneva);
    expect(enrichment).toEqual({
      quotes: [],
      entities: [
        { key: 'place:geneva', kind: 'place', name: 'Geneva', roles: [], mentions: [{ text: 'Geneva', blockIndex: 0, sentenceIndex: 0, start: 13, end: 19 }] },
      ],
      dates: [{ text: 'Friday', blockIndex: 0, sentenceIndex: 0, start: 57, end: 63, from: '2022-01-21', to: '2022-01-21', granularity: 'day' }],
      citedSources: [],
    });
  });

  it('returns markup in the text as plain JSON strings', async () => {
    const res = await context.app.request(`/api/articles/${context.seeded.ids.script}`);
    const article = await expectJson<Article>(res);
    expect(article.blocks[0]?.text).toContain('<script>alert("owned")</script>');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('answers 404 for an unknown id', async () => {
    const body = await expectProblem(await context.app.request('/api/articles/0000000000000000'), 404, '/api/articles/0000000000000000');
    expect(body.type).toBe('about:blank');
    expect(body.title).toBe('Not Found');
  });

  it.each([
    ['%E0%A4%A', 'broken percent-encoding'],
    ['%F0%9F%92%A9', 'an emoji'],
    ["1'%20OR%20'1'='1", 'SQL-looking text'],
    ['x'.repeat(5000), 'a very long id'],
  ])('answers 404, not 500, for %s (%s)', async (id) => {
    await expectProblem(await context.app.request(`/api/articles/${id}`), 404);
  });
});
