import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findArticleFiles, readImportInputs } from '../import/files.js';
import { importArticles } from '../import/import.js';
import { parseDateline } from '../parse/dateline.js';
import { scoreBCubed } from '../stories/bcubed.js';
import { testBackends } from '../testing.js';
import { getArticle } from './articles.js';
import type { Store } from './open.js';
import { getStory, getStoryComparison, getStorySummaries, listStories } from './stories.js';
import { countQueuedArticles, placeQueuedArticles } from './story-placement.js';

const seeds = fileURLToPath(new URL('../../../../../shared/seeds/', import.meta.url));
const newswcl = fileURLToPath(new URL('../../../../../shared/corpora/dateline/newswcl50/', import.meta.url));

describe.each(testBackends())('stories on $name', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await backend.open();
    await importArticles(store.db, readImportInputs(findArticleFiles([seeds, newswcl])));
  });
  afterAll(() => store?.close());

  it('places every imported article in a story, and the two seeds in the same one', async () => {
    expect(await countQueuedArticles(store.db)).toBe(39);
    const summary = await placeQueuedArticles(store.db);
    expect(summary.placed).toBe(39);
    expect(await countQueuedArticles(store.db)).toBe(0);
    const seedArticles = await Promise.all((await seedIds()).map((id) => getArticle(store.db, id)));
    expect(seedArticles[0]?.storyId).toBeTruthy();
    expect(seedArticles[1]?.storyId).toBe(seedArticles[0]?.storyId);
    const story = await getStory(store.db, seedArticles[0]!.storyId!);
    expect(story).toMatchObject({ firstDate: '2022-01-21', lastDate: '2022-01-21', articleCount: 2 });
    expect(story!.headline.length).toBeGreaterThan(10);
  });

  it('groups the NewsWCL50 outlets by event as the annotations do', async () => {
    const predicted = new Map<string, string>();
    const truth = new Map<string, string>();
    for await (const input of readImportInputs(findArticleFiles([newswcl]))) {
      if (!('bytes' in input)) continue;
      const id = await idOf(input.path);
      const article = await getArticle(store.db, id);
      predicted.set(id, article!.storyId!);
      truth.set(id, basename(input.path).split('_')[0]!);
    }
    expect(scoreBCubed(predicted, truth).f1).toBeGreaterThanOrEqual(0.9);
  });

  it('places one more article by reading back only its own days, and knows a new version of an article', async () => {
    const seed = await readFile(`${seeds}000_c66e0426fc53bf12.txt`, 'utf8');
    const corrected = `${seed.trimEnd()}\n\nThis article was amended to add the date of the next round of talks.\n`;
    await importArticles(store.db, [{ path: 'corrected.txt', bytes: new TextEncoder().encode(corrected) }]);
    const summary = await placeQueuedArticles(store.db);
    // The seeds are the only stored articles within days of 2022-01-21; NewsWCL50 is from 2018.
    expect(summary).toMatchObject({ placed: 1, restored: 2 });
    const [first] = await seedIds();
    const original = await getArticle(store.db, first!);
    const story = await getStory(store.db, original!.storyId!);
    expect(story!.articleCount).toBe(3);
    expect(story!.articles.filter((article) => article.duplicateOf !== null)).toHaveLength(1);
  });

  it('lists stories newest first, within a date range, page by page', async () => {
    const all = await listStories(store.db, { limit: 100 });
    expect(all.items[0]?.lastDate).toBe('2022-01-21');
    const dates = all.items.map((story) => story.lastDate);
    expect(dates).toEqual([...dates].sort().reverse());
    const first = await listStories(store.db, { limit: 2 });
    const second = await listStories(store.db, { limit: 2, cursor: first.nextCursor! });
    expect(second.items[0]).toEqual(all.items[2]);
    const in2018 = await listStories(store.db, { limit: 100, from: '2018-01-01', to: '2018-12-31' });
    expect(in2018.items.every((story) => story.firstDate <= '2018-12-31' && story.lastDate >= '2018-01-01')).toBe(true);
    expect(in2018.items.length).toBe(all.items.length - 1);
  });

  it('looks up the summaries of several stories at once, leaving out ids that name none', async () => {
    const { items } = await listStories(store.db, { limit: 3 });
    const ids = items.map((story) => story.id);
    const summaries = await getStorySummaries(store.db, [...ids, ids[0]!, 'no-such-story', 'not a story id\0', '']);
    expect([...summaries.keys()].sort()).toEqual([...ids].sort());
    for (const story of items) expect(summaries.get(story.id)).toEqual(story);
    expect(await getStorySummaries(store.db, [])).toEqual(new Map());
  });

  it("compares a story's sources: the seeds' two wordings of Blinken's quote", async () => {
    const [first] = await seedIds();
    const story = await getStory(store.db, (await getArticle(store.db, first!))!.storyId!);
    const comparison = await getStoryComparison(store.db, story!);
    // The corrected copy is a version of the first seed, so only the two seeds are compared.
    expect(comparison.articleIds).toHaveLength(2);
    expect(comparison.discrepancies.map((d) => [d.a.text, d.b.text].join(' | '))).toContainEqual(expect.stringMatching(/clearer path.*\| .*clear path/));
  });

  it('keeps every story row equal to its members, however the pages fell', async () => {
    const guardian = fileURLToPath(new URL('../../../../../shared/corpora/dateline/russia-ukraine-guardian/', import.meta.url));
    await importArticles(store.db, readImportInputs(findArticleFiles([guardian])));
    // Small pages make stories span pages, so rows are written from members as well as from lone founders.
    const summary = await placeQueuedArticles(store.db, { pageSize: 7 });
    expect(summary.placed).toBeGreaterThan(150);
    const client = (store.db as unknown as { $client: { query(sql: string): Promise<{ rows: unknown[] }> } }).$client;
    const ofStories = (sql: string) => client.query(sql).then((result) => result.rows);
    const rows = await ofStories(
      `SELECT id, article_count AS n, to_char(first_date, 'YYYY-MM-DD') AS first, to_char(last_date, 'YYYY-MM-DD') AS last FROM stories ORDER BY id`,
    );
    const members = await ofStories(
      `SELECT story_id AS id, count(*)::int AS n, to_char(min(date), 'YYYY-MM-DD') AS first, to_char(max(date), 'YYYY-MM-DD') AS last
       FROM article_stories GROUP BY story_id ORDER BY story_id`,
    );
    expect(rows).toEqual(members);
  });

  async function seedIds(): Promise<string[]> {
    return Promise.all([`${seeds}000_c66e0426fc53bf12.txt`, `${seeds}001_c7a6c6fe8c268c71.txt`].map(idOf));
  }
});

async function idOf(path: string): Promise<string> {
  return parseDateline(new Uint8Array(await readFile(path)), path).id;
}
