import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findArticleFiles, readImportInputs } from '../import/files.js';
import { importArticles } from '../import/import.js';
import { parseDateline } from '../parse/dateline.js';
import { entitySearchParams, quoteListParams } from '../params.js';
import { testBackends } from '../testing.js';
import { getArticle } from './articles.js';
import { countArticlesToEnrich, enrichQueuedArticles } from './enrichment-queue.js';
import { getEntity, searchEntities } from './entities.js';
import type { Store } from './open.js';
import { listQuotes } from './quotes.js';
import { getStoryTimeline } from './timelines.js';

const seeds = fileURLToPath(new URL('../../../../../shared/seeds/', import.meta.url));
const SEED_IDS = ['000_c66e0426fc53bf12.txt', '001_c7a6c6fe8c268c71.txt'].map((name) => parseDateline(readFileSync(seeds + name), name).id);

describe.each(testBackends())('enrichment on $name', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await backend.open();
    await importArticles(store.db, readImportInputs(findArticleFiles([seeds])));
  });
  afterAll(() => store?.close());

  it('stores quotes with speakers, entities and resolved dates with each imported article', async () => {
    const article = await getArticle(store.db, SEED_IDS[1]!);
    const enrichment = article!.enrichment!;
    const clearer = enrichment.quotes.find((quote) => quote.text.includes('clearer path'));
    expect(clearer).toMatchObject({ speaker: 'Blinken', speakerKey: 'person:antony blinken' });
    expect(enrichment.entities.map((entity) => entity.key)).toEqual(expect.arrayContaining(['person:antony blinken', 'person:sergey lavrov', 'place:geneva']));
    expect(enrichment.dates.every((date) => date.from <= date.to)).toBe(true);
  });

  it('lists quotes by speaker name or entity key, and by their words', async () => {
    const byName = await listQuotes(store.db, quoteListParams.parse({ speaker: 'Lavrov' }));
    expect(byName.items.length).toBeGreaterThan(0);
    expect(byName.items.every((quote) => quote.speakerKey === 'person:sergey lavrov' || quote.speaker === 'Lavrov')).toBe(true);
    const byKey = await listQuotes(store.db, quoteListParams.parse({ speaker: 'person:antony blinken', q: '"clearer path"' }));
    // The direct quote, and the reported clause around it.
    expect(byKey.items.length).toBeGreaterThan(0);
    for (const quote of byKey.items) {
      expect(quote).toMatchObject({ articleId: SEED_IDS[1], speakerName: expect.stringMatching(/Blinken/), text: expect.stringMatching(/clearer path/) });
    }
    // Seed 000 names only "Blinken": his key gathers those quotes too.
    const all = await listQuotes(store.db, quoteListParams.parse({ speaker: 'person:antony blinken', limit: 100 }));
    expect(new Set(all.items.map((quote) => quote.articleId))).toEqual(new Set(SEED_IDS));
    const paged = await listQuotes(store.db, quoteListParams.parse({ limit: 1 }));
    const next = await listQuotes(store.db, quoteListParams.parse({ limit: 1, cursor: paged.nextCursor }));
    expect(next.items[0]).not.toEqual(paged.items[0]);
  });

  it('finds entities by name and gives each a page: roles, months, quotes, related entities and articles', async () => {
    const found = await searchEntities(store.db, entitySearchParams.parse({ q: 'blinken' }));
    expect(found.items[0]).toMatchObject({ key: 'person:antony blinken', kind: 'person', articleCount: 2 });
    const places = await searchEntities(store.db, entitySearchParams.parse({ kind: 'place' }));
    expect(places.items.every((entity) => entity.kind === 'place')).toBe(true);
    const profile = await getEntity(store.db, 'person:antony blinken');
    expect(profile).toMatchObject({ name: expect.stringMatching(/Blinken/), articleCount: 2, months: [{ month: '2022-01', articles: 2 }] });
    expect(profile!.roles.map((role) => role.role).join(' ')).toMatch(/Secretary of State/i);
    expect(profile!.quotes.length).toBeGreaterThan(0);
    expect(profile!.related.map((entity) => entity.key)).toContain('person:sergey lavrov');
    expect(profile!.articles.map((article) => article.id).sort()).toEqual([...SEED_IDS].sort());
    expect(await getEntity(store.db, 'person:nobody at all')).toBeUndefined();
    expect(await getEntity(store.db, 'not a key')).toBeUndefined();
  });

  it("builds a story's and an entity's timeline from dated sentences", async () => {
    const client = (store.db as unknown as { $client: { query(sql: string): Promise<{ rows: { id: string }[] }> } }).$client;
    // Stories are placed separately; a story of the two seeds by hand is enough for its timeline.
    await client.query(`INSERT INTO article_stories (article_id, story_id, date, features) SELECT id, 'seeds', date, '{}' FROM articles`);
    const events = await getStoryTimeline(store.db, 'seeds');
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((event) => event.from)).toEqual([...events.map((event) => event.from)].sort());
    // The seeds are of Friday 2022-01-21 and date the talks "on Friday".
    expect(events.some((event) => event.from === '2022-01-21' && SEED_IDS.includes(event.articleId))).toBe(true);
    // "Blinken, on Wednesday, … warned" in an article of Friday 2022-01-21: his timeline has the 19th.
    const profile = await getEntity(store.db, 'person:antony blinken');
    expect(profile!.timeline).toContainEqual(expect.objectContaining({ from: '2022-01-19', sentence: expect.stringMatching(/^Meanwhile, Blinken, on Wednesday/) }));
    expect(profile!.timeline.every((event) => event.sentence.includes('Blinken'))).toBe(true);
    await client.query(`DELETE FROM article_stories`);
  });

  it('enriches queued articles again, replacing their rows whole', async () => {
    const client = (store.db as unknown as { $client: { query(sql: string): Promise<{ rows: { n: number }[] }> } }).$client;
    const quoteCount = async () => (await client.query('SELECT count(*)::int AS n FROM article_quotes')).rows[0]!.n;
    const before = await quoteCount();
    await client.query(`INSERT INTO enrichment_queue (article_id) SELECT id FROM articles`);
    expect(await countArticlesToEnrich(store.db)).toBe(2);
    expect(await enrichQueuedArticles(store.db)).toBe(2);
    expect(await countArticlesToEnrich(store.db)).toBe(0);
    expect(await quoteCount()).toBe(before);
  });

  it('keeps nothing of a duplicate import', async () => {
    const client = (store.db as unknown as { $client: { query(sql: string): Promise<{ rows: { n: number }[] }> } }).$client;
    const rows = async () => (await client.query('SELECT (SELECT count(*) FROM article_quotes) + (SELECT count(*) FROM article_entities) AS n')).rows[0]!.n;
    const before = await rows();
    const summary = await importArticles(store.db, readImportInputs(findArticleFiles([seeds])));
    expect(summary).toMatchObject({ imported: 0, duplicates: 2 });
    expect(await rows()).toBe(before);
  });
});
