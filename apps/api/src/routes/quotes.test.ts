import type { Article, Page, QuoteSummary } from '@dateline/core';
import { describe, expect, it } from 'vitest';
import { expectInvalid, expectJson } from '../testdata/expect.js';
import { useSeededApp } from '../testdata/app.js';

const context = useSeededApp();

const quoteKeys = ['articleId', 'articleTitle', 'date', 'position', 'speaker', 'speakerKey', 'speakerName', 'text'];
const cursorOf = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');

async function list(query = ''): Promise<Page<QuoteSummary>> {
  return expectJson<Page<QuoteSummary>>(await context.app.request(`/api/quotes${query}`));
}

async function texts(query: string): Promise<string[]> {
  return (await list(query)).items.map((quote) => quote.text);
}

describe('GET /api/quotes', () => {
  it("lists every quote of every article, newest first, each as its article's enrichment gives it", async () => {
    const page = await list('?limit=100');
    expect(page.nextCursor).toBeNull();
    const articles = new Map<string, Article>();
    for (const { id } of context.seeded.all) articles.set(id, await expectJson<Article>(await context.app.request(`/api/articles/${id}`)));
    const all = [...articles.values()].reduce((sum, article) => sum + (article.enrichment?.quotes.length ?? 0), 0);
    expect(page.items).toHaveLength(all);
    const order = page.items.map((quote) => [quote.date, quote.articleId, quote.position] as const);
    expect(order).toEqual([...order].sort((a, b) => (a[0] !== b[0] ? (a[0] < b[0] ? 1 : -1) : a[1] !== b[1] ? (a[1] < b[1] ? 1 : -1) : b[2] - a[2])));
    for (const quote of page.items) {
      expect(Object.keys(quote).sort()).toEqual(quoteKeys);
      const article = articles.get(quote.articleId)!;
      const extracted = article.enrichment?.quotes[quote.position];
      expect(quote).toMatchObject({ date: article.date, articleTitle: article.title, text: extracted?.text, speaker: extracted?.speaker, speakerKey: extracted?.speakerKey });
    }
  });

  it('finds the "clearer path" quote by Blinken, named by his entity', async () => {
    const [quote, ...more] = (await list(`?q=${encodeURIComponent('"clearer path"')}`)).items;
    expect(more.map((q) => q.speakerKey)).toEqual(more.map(() => 'person:antony blinken'));
    expect(quote).toMatchObject({ speaker: 'Blinken', speakerKey: 'person:antony blinken', speakerName: 'Antony Blinken', date: '2022-01-21' });
    expect(quote?.text).toMatch(/clearer path/);
  });

  it('lists the quotes of a speaker named as written, in either article, case aside', async () => {
    const lavrov = await list('?speaker=Lavrov');
    expect(lavrov.items.length).toBeGreaterThan(10);
    for (const quote of lavrov.items) expect(quote).toMatchObject({ speaker: 'Lavrov', speakerKey: 'person:sergey lavrov', speakerName: 'Sergey Lavrov' });
    expect(new Set(lavrov.items.map((quote) => quote.articleId))).toEqual(new Set(context.seeded.seedIds));
    expect(lavrov.items.map((quote) => quote.text)).toContain('Russia has never threatened the Ukrainian people');
    expect(await list('?speaker=lavrov')).toEqual(lavrov);
    // Part of the entity's name finds the speaker too.
    expect(await list(`?speaker=${encodeURIComponent('Sergey')}`)).toEqual(lavrov);
  });

  it('lists the quotes of one entity by its key, with those under the bare surname it owns', async () => {
    const byKey = await list(`?speaker=${encodeURIComponent('person:sergey lavrov')}`);
    expect(byKey).toEqual(await list('?speaker=Lavrov'));
    const blinken = await list(`?speaker=${encodeURIComponent('person:antony blinken')}&limit=100`);
    // One seed names him in full, the other only as "Blinken".
    expect(new Set(blinken.items.map((quote) => quote.speakerKey))).toEqual(new Set(['person:antony blinken', 'person:blinken']));
    expect(new Set(blinken.items.map((quote) => quote.articleId))).toEqual(new Set(context.seeded.seedIds));
    expect(await list(`?speaker=${encodeURIComponent('person:blinken')}&limit=100`)).toEqual(blinken);
    expect((await list(`?speaker=${encodeURIComponent('person:nobody at all')}`)).items).toEqual([]);
  });

  it('combines speaker, words and dates', async () => {
    const lavrov = await list('?speaker=Lavrov&q=emotions');
    expect(lavrov.items.length).toBeGreaterThan(1);
    for (const quote of lavrov.items) {
      expect(quote.speaker).toBe('Lavrov');
      expect(quote.text).toMatch(/emotions/);
    }
    expect(await list('?speaker=Lavrov&q=emotions&from=2022-01-21&to=2022-01-21')).toEqual(lavrov);
    expect(await texts('?speaker=Lavrov&q=emotions&from=2022-01-22')).toEqual([]);
    expect(await texts('?speaker=Lavrov&q=emotions&to=2022-01-20')).toEqual([]);
    expect(await texts('?speaker=Blinken&q=emotions')).toEqual([]);
  });

  it('passes phrases, OR and exclusions through to the query parser', async () => {
    const either = await texts(`?q=${encodeURIComponent('emotions OR breakthroughs')}`);
    expect(either.some((text) => /breakthroughs/.test(text))).toBe(true);
    expect(either.some((text) => /emotions/.test(text))).toBe(true);
    for (const text of either) expect(text).toMatch(/emotions|breakthroughs/);
    const without = await texts(`?q=${encodeURIComponent('emotions -decrease')}`);
    expect(without.length).toBeGreaterThan(0);
    for (const text of without) expect(text).toMatch(/^(?!.*decrease).*emotions/);
    // In order only: "path clearer" is no quote's wording.
    expect(await texts(`?q=${encodeURIComponent('"path clearer"')}`)).toEqual([]);
    expect(await texts('?q=the')).toEqual([]);
  });

  it('takes % and _ in a speaker literally', async () => {
    expect((await list('?speaker=%25')).items).toEqual([]);
    expect((await list('?speaker=_')).items).toEqual([]);
  });

  it('walks every page once, in order, following nextCursor', async () => {
    const all = (await list('?speaker=Lavrov&limit=100')).items;
    const seen: QuoteSummary[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page<QuoteSummary> = await list(`?speaker=Lavrov&limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(5);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 5));
  });

  it('treats empty form fields as absent', async () => {
    expect(await list('?speaker=&q=&from=&to=&limit=&cursor=')).toEqual(await list());
  });

  it.each([
    ['limit=0', ['limit']],
    ['limit=101', ['limit']],
    ['limit=2.5', ['limit']],
    ['from=2023-02-30', ['from']],
    ['to=yesterday', ['to']],
    ['from=2023-01-02&to=2023-01-01', ['from']],
    ['speaker=Lavrov&speaker=Blinken', ['speaker']],
    [`speaker=${'x'.repeat(201)}`, ['speaker']],
    [`q=${'x'.repeat(501)}`, ['q']],
    ['cursor=not-a-cursor', ['cursor']],
    [`cursor=${'x'.repeat(201)}`, ['cursor']],
    // A cursor of the article list holds no quote position.
    [`cursor=${cursorOf(['2022-01-21', '6cb91af70096c4b4'])}`, ['cursor']],
    [`cursor=${cursorOf(['2022-01-21', '6cb91af70096c4b4', 'x'])}`, ['cursor']],
    ['limit=0&from=nope', ['limit', 'from']],
  ])('rejects %s as a 400 naming %j', async (query, names) => {
    await expectInvalid(await context.app.request(`/api/quotes?${query}`), names);
  });
});
