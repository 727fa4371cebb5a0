import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticles } from '../db/articles.js';
import type { Store } from '../db/open.js';
import { InvalidCursorError } from '../errors.js';
import type { ParsedArticle } from '../model.js';
import { searchParams } from '../params.js';
import { testBackends } from '../testing.js';
import { searchArticles } from './search.js';

function article(id: string, date: string, title: string, ...paragraphs: string[]): ParsedArticle {
  return {
    id,
    date,
    title,
    titleInferred: false,
    blocks: paragraphs.map((text) => ({ type: 'paragraph', text })),
    credit: null,
    wordCount: paragraphs.join(' ').split(/\s+/).length,
  };
}

const corpus = [
  article('geneva', '2022-01-21', 'Lavrov and Blinken meet in Geneva', 'The ministers said both sides are on a clear path to understanding.'),
  article('bodyonly', '2022-01-20', 'Talks ahead', 'Diplomats expect Lavrov to arrive in Geneva on Friday.'),
  article('kyiv', '2022-01-19', 'Blinken visits Kyiv', 'He warned that Russia could double its troops near the border.'),
  article('nato', '2022-01-12', 'NATO talks in Brussels', 'Russia and NATO officials met in Brussels; Lavrov was not there.'),
  article('script', '2022-01-10', 'A page with markup', 'The text <script>alert("x")</script> mentions Geneva & Lausanne.'),
  article('paths', '2022-01-05', 'Hiking guide', 'A path that is clear of snow, and understanding the weather.'),
];

const search = (store: Store, input: Record<string, string>) => searchArticles(store.db, searchParams.parse(input));
const ids = (page: Awaited<ReturnType<typeof search>>) => page.results.map((result) => result.article.id);

describe.each(testBackends())('search on $name', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await backend.open();
    await insertArticles(store.db, corpus);
  });
  afterAll(() => store?.close());

  it('ranks a title hit above a body hit, with stemming', async () => {
    const page = await search(store, { q: 'meeting Geneva' });
    expect(ids(page)).toEqual(['geneva']);
    const lavrov = await search(store, { q: 'Lavrov' });
    expect(ids(lavrov)[0]).toBe('geneva');
    expect(ids(lavrov)).toHaveLength(3);
    expect(lavrov.results[0]!.score).toBeGreaterThan(lavrov.results[1]!.score);
  });

  it('matches a quoted phrase only in that order', async () => {
    expect(ids(await search(store, { q: '"clear path"' }))).toEqual(['geneva']);
  });

  it('supports OR and -exclude as typed in a search box', async () => {
    expect(ids(await search(store, { q: 'Kyiv OR Brussels' })).sort()).toEqual(['kyiv', 'nato']);
    expect(ids(await search(store, { q: 'Lavrov -NATO' })).sort()).toEqual(['bodyonly', 'geneva']);
  });

  it('limits title: and intitle: terms to titles', async () => {
    expect(ids(await search(store, { q: 'title:Lavrov' }))).toEqual(['geneva']);
    expect(ids(await search(store, { q: 'intitle:talks' })).sort()).toEqual(['bodyonly', 'nato']);
  });

  it('filters by date', async () => {
    expect(ids(await search(store, { q: 'Geneva', from: '2022-01-20', to: '2022-01-20' }))).toEqual(['bodyonly']);
  });

  it('returns escaped snippets with hits in <mark>', async () => {
    const page = await search(store, { q: 'Lausanne' });
    expect(page.results[0]!.snippet).toContain('&lt;script&gt;');
    expect(page.results[0]!.snippet).toContain('<mark>Lausanne</mark>');
    expect(page.results[0]!.snippet).not.toContain('<script>');
  });

  it('quotes the text as it stands, without dropping words between hits', async () => {
    for (const result of (await search(store, { q: 'Lavrov OR Russia' })).results) {
      const text = result.snippet.replace(/<\/?mark>/g, '').replace(/&amp;/g, '&');
      const body = corpus.find((a) => a.id === result.article.id)!.blocks.map((b) => b.text).join(' ');
      expect(body).toContain(text);
    }
  });

  it('pages through ranked results without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await search(store, { q: 'Geneva OR Russia OR path', limit: '2', ...(cursor ? { cursor } : {}) });
      seen.push(...ids(page));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual(['bodyonly', 'geneva', 'kyiv', 'nato', 'paths', 'script']);
  });

  it('answers nothing for a query of stop words only', async () => {
    expect(await search(store, { q: 'the and of' })).toEqual({ results: [], nextCursor: null });
  });

  it('rejects a cursor it did not issue', async () => {
    await expect(search(store, { q: 'Geneva', cursor: 'abc' })).rejects.toBeInstanceOf(InvalidCursorError);
  });
});
