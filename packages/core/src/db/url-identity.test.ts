import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticles } from '../import/import.js';
import type { ArticleRecord } from '../formats/record.js';
import { testBackends } from '../testing.js';
import { countArticles, getArticle } from './articles.js';
import type { Store } from './open.js';

const record = (text: string, url: string): ArticleRecord => ({
  published: '2022-01-21',
  title: 'Blinken and Lavrov meet in Geneva',
  blocks: [{ type: 'paragraph', text }],
  outlet: 'Example News',
  url,
  author: 'Jane Doe',
  language: 'en',
  credit: null,
  summaryOnly: false,
});

describe.each(testBackends())('the URL as a second identity on $name', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await backend.open();
  });
  afterAll(() => store?.close());

  it('stores a page once even when its text was edited, and keeps its metadata', async () => {
    const first = await importArticles(store.db, [
      { path: 'feed.xml#1', record: record('The two diplomats met for ninety minutes in Geneva on Friday.', 'https://example.com/geneva?utm_source=rss') },
    ]);
    expect(first.imported).toBe(1);
    // The corrected version of the same page, shared with other tracking and over http.
    const again = await importArticles(store.db, [
      { path: 'export.jsonl:4', record: record('The two diplomats met for about ninety minutes in Geneva on Friday.', 'http://example.com/geneva/?fbclid=x') },
      { path: 'export.jsonl:5', record: record('The two diplomats met for about ninety minutes in Geneva on Friday.', 'http://example.com/geneva/?fbclid=x') },
    ]);
    expect(again).toMatchObject({ imported: 0, duplicates: 2 });
    expect(await countArticles(store.db)).toBe(1);

    const other = await importArticles(store.db, [{ path: 'x', record: record('A different page about the same meeting in Geneva.', 'https://example.com/geneva-analysis') }]);
    expect(other.imported).toBe(1);
    const summary = (await importArticles(store.db, [{ path: 'y', record: record('A third text, no address.', '') }]));
    expect(summary.imported).toBe(1);
    expect(await countArticles(store.db)).toBe(3);
  });

  it('returns the metadata with the article', async () => {
    const input = record('Officials said talks would continue next week in Geneva.', 'https://example.com/talks');
    const { imported } = await importArticles(store.db, [{ path: 'z', record: input }]);
    expect(imported).toBe(1);
    const rows = await store.db.execute("SELECT id FROM articles WHERE url = 'https://example.com/talks'");
    const id = String((rows as unknown as { rows: { id: string }[] }).rows[0]?.id);
    expect(await getArticle(store.db, id)).toMatchObject({ outlet: 'Example News', url: 'https://example.com/talks', author: 'Jane Doe', language: 'en', summaryOnly: false });
  });
});
