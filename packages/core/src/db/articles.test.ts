import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../model.js';
import { testBackends } from '../testing.js';
import { countArticles, getArticle, getNeighbours, insertArticles, listArticles, streamArticles } from './articles.js';
import type { Store } from './open.js';
import { InvalidCursorError } from '../errors.js';
import { articleListParams } from '../params.js';

/** A small article for store tests; `n` makes the id and text unique. */
export function sampleArticle(n: number, date: string, text = `Paragraph number ${n} about the talks.`): ParsedArticle {
  return {
    id: `test${String(n).padStart(12, '0')}`,
    date,
    title: `Article ${n}`,
    titleInferred: false,
    blocks: [
      { type: 'paragraph', text },
      { type: 'subheading', text: 'A subheading' },
      { type: 'paragraph', text: 'Closing paragraph.' },
    ],
    credit: n % 2 ? 'AP' : null,
    wordCount: 10,
  };
}

const list = (input: Record<string, unknown>) => articleListParams.parse(input);

describe.each(testBackends())('article store on $name', (backend) => {
  let store: Store;
  const dates = ['2022-01-19', '2022-01-20', '2022-01-21', '2022-01-21', '2022-01-21', '2022-02-01', '2021-12-31'];
  const stored = dates.map((date, i) => sampleArticle(i + 1, date));

  beforeAll(async () => {
    store = await backend.open();
    expect(await insertArticles(store.db, stored)).toEqual({ inserted: stored.length, duplicates: 0 });
  });
  afterAll(() => store?.close());

  it('reads an article back whole', async () => {
    const article = await getArticle(store.db, stored[0]!.id);
    expect(article).toMatchObject(stored[0]!);
    expect(new Date(article!.importedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('stores text with separators, escapes and non-Latin scripts unchanged', async () => {
    const tricky = { ...sampleArticle(77, '2018-06-01', 'Tab\there, back\\slash \\N, "quotes" and עברית ١٢٣ 😀'), title: 'C:\\path\\new' };
    await insertArticles(store.db, [tricky]);
    expect(await getArticle(store.db, tricky.id)).toMatchObject(tricky);
  });

  it('answers undefined for an unknown id', async () => {
    expect(await getArticle(store.db, 'nope')).toBeUndefined();
  });

  it('skips ids already stored and reports them as duplicates', async () => {
    const again = await insertArticles(store.db, [stored[1]!, stored[1]!, sampleArticle(99, '2020-05-05')]);
    expect(again).toEqual({ inserted: 1, duplicates: 2 });
    expect(await countArticles(store.db)).toBe(stored.length + 2);
  });

  it('lists newest first and pages through everything exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let previous: { date: string; id: string } | undefined;
    do {
      const page = await listArticles(store.db, list({ limit: '3', cursor }));
      for (const item of page.items) {
        if (previous) expect(item.date < previous.date || (item.date === previous.date && item.id < previous.id)).toBe(true);
        previous = item;
        seen.push(item.id);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(stored.length + 2);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen[0]).toBe(stored[5]!.id);
  });

  it('filters by an inclusive date range', async () => {
    const page = await listArticles(store.db, list({ from: '2022-01-20', to: '2022-01-21' }));
    expect(page.items.map((item) => item.date)).toEqual(['2022-01-21', '2022-01-21', '2022-01-21', '2022-01-20']);
    expect(page.nextCursor).toBeNull();
  });

  it('gives summaries with an excerpt of the lead', async () => {
    const long = sampleArticle(50, '2019-01-01', `${'word '.repeat(80)}end.`);
    await insertArticles(store.db, [long]);
    const page = await listArticles(store.db, list({ to: '2019-01-01' }));
    const summary = page.items.find((item) => item.id === long.id)!;
    expect(summary.excerpt.length).toBeLessThanOrEqual(201);
    expect(summary.excerpt).toMatch(/word…$/);
    expect(Object.keys(summary).sort()).toEqual(['credit', 'date', 'excerpt', 'id', 'outlet', 'storyId', 'summaryOnly', 'title', 'titleInferred', 'wordCount']);
  });

  it('rejects a cursor it did not issue', async () => {
    await expect(listArticles(store.db, list({ cursor: 'garbage' }))).rejects.toBeInstanceOf(InvalidCursorError);
    const forged = Buffer.from(JSON.stringify([1, 2])).toString('base64url');
    await expect(listArticles(store.db, list({ cursor: forged }))).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('finds the newer and older neighbours of an article', async () => {
    // stored[2..4] share 2022-01-21; ids break the tie.
    const middle = await getNeighbours(store.db, stored[3]!);
    expect(middle.newer?.id).toBe(stored[4]!.id);
    expect(middle.older?.id).toBe(stored[2]!.id);
    const newest = await getNeighbours(store.db, stored[5]!);
    expect(newest.newer).toBeNull();
    expect(newest.older?.id).toBe(stored[4]!.id);
  });

  it('streams every article oldest first', async () => {
    const dates: string[] = [];
    for await (const article of streamArticles(store.db, 2)) dates.push(article.date);
    expect(dates).toHaveLength(await countArticles(store.db));
    expect([...dates].sort()).toEqual(dates);
  });
});

describe('hostile ids and cursors', () => {
  it('treats ids that cannot exist as unknown', async () => {
    const store = await testBackends()[0]!.open();
    expect(await getArticle(store.db, 'a\u0000b')).toBeUndefined();
    expect(await getArticle(store.db, 'x'.repeat(65))).toBeUndefined();
    for (const values of [['2023-02-30', 'x'], ['2023-01-01', 'a\u0000b'], ['yesterday', 'x'], ['+infinity', 'x']]) {
      const cursor = Buffer.from(JSON.stringify(values)).toString('base64url');
      await expect(listArticles(store.db, list({ cursor })), JSON.stringify(values)).rejects.toBeInstanceOf(InvalidCursorError);
    }
    await store.close();
  });
});
