import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { findArticleFiles, importArticles, placeQueuedArticles, readImportInputs, type Article, type Page, type Store, type StorySummary } from '@dateline/core';
import { testBackends } from '@dateline/core/testing';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { StoryView } from '../story-view.js';
import { expectInvalid, expectJson, expectProblem } from '../testdata/expect.js';
import { useSeededApp } from '../testdata/app.js';

const context = useSeededApp();

const storySummaryKeys = ['articleCount', 'firstDate', 'headline', 'id', 'lastDate'];
const cursorOf = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');

async function list(query = ''): Promise<Page<StorySummary>> {
  return expectJson<Page<StorySummary>>(await context.app.request(`/api/stories${query}`));
}

async function view(app: Hono, id: string, query = ''): Promise<StoryView> {
  return expectJson<StoryView>(await app.request(`/api/stories/${id}${query}`));
}

async function article(app: Hono, id: string): Promise<Article> {
  return expectJson<Article>(await app.request(`/api/articles/${id}`));
}

/** The story both seeds belong to, as their articles say. */
async function seedStoryId(): Promise<string> {
  const { storyId } = await article(context.app, context.seeded.seedIds[0]!);
  if (!storyId) throw new Error('the seed is in no story');
  return storyId;
}

describe('GET /api/stories', () => {
  it('lists every story once, latest activity first, holding every article', async () => {
    const page = await list();
    expect(page.nextCursor).toBeNull();
    for (const item of page.items) expect(Object.keys(item).sort()).toEqual(storySummaryKeys);
    const lastDates = page.items.map((story) => story.lastDate);
    expect(lastDates).toEqual([...lastDates].sort().reverse());
    expect(page.items.reduce((sum, story) => sum + story.articleCount, 0)).toBe(context.seeded.all.length);
    const seeds = page.items.find((story) => story.articleCount === 2);
    expect(seeds).toMatchObject({ id: await seedStoryId(), firstDate: '2022-01-21', lastDate: '2022-01-21' });
  });

  it('walks every page once, in order, following nextCursor', async () => {
    const all = (await list()).items.map((story) => story.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page<StorySummary> = await list(`?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((story) => story.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 2));
  });

  it('keeps the stories active in an inclusive date range', async () => {
    const day = await list('?from=2022-01-21&to=2022-01-21');
    expect(day.items.map((story) => story.id).sort()).toEqual([await seedStoryId(), context.seeded.ids.geneva].sort());
    expect((await list('?from=2024-01-01')).items.map((story) => story.lastDate)).toEqual(['2024-12-31']);
    expect((await list('?from=2025-01-01')).items).toEqual([]);
    expect((await list('?from=&to=&limit=&cursor=')).items.length).toBe((await list()).items.length);
  });

  it.each([
    ['from=2023-02-30', ['from']],
    ['to=yesterday', ['to']],
    ['limit=0', ['limit']],
    ['limit=101', ['limit']],
    ['limit=2.5', ['limit']],
    ['limit=5&limit=6', ['limit']],
    ['from=2023-01-02&to=2023-01-01', ['from']],
    ['cursor=not-a-cursor', ['cursor']],
    ['cursor=%00', ['cursor']],
    [`cursor=${'x'.repeat(201)}`, ['cursor']],
    // Cursors that decode but were never issued: wrong arity, an impossible date, an id no store makes.
    [`cursor=${cursorOf(['2022-01-21'])}`, ['cursor']],
    [`cursor=${cursorOf(['2023-02-30', 'abc'])}`, ['cursor']],
    [`cursor=${cursorOf(['2022-01-21', 'a\u0000b'])}`, ['cursor']],
    [`cursor=${cursorOf([20220121, 'abc'])}`, ['cursor']],
  ])('rejects %s as a 400 naming %j', async (query, names) => {
    await expectInvalid(await context.app.request(`/api/stories?${query}`), names);
  });
});

describe('GET /api/stories/:id', () => {
  it('gives the story with both seeds, oldest first (ties by id), neither a version of the other', async () => {
    const id = await seedStoryId();
    const story = await view(context.app, id);
    expect(Object.keys(story).sort()).toEqual([...storySummaryKeys, 'articles', 'comparison', 'timeline'].sort());
    expect(story).toMatchObject({ id, articleCount: 2, firstDate: '2022-01-21', lastDate: '2022-01-21' });
    expect(story.articles.map((a) => a.id)).toEqual([...context.seeded.seedIds].sort());
    for (const member of story.articles) expect(member).toMatchObject({ storyId: id, duplicateOf: null, date: '2022-01-21' });
    expect(story.comparison.articleIds).toEqual(story.articles.map((a) => a.id));
    expect(story.comparison.since).toBeNull();
  });

  it('flags the "clear path" / "clearer path" discrepancy, Blinken speaking, with a word diff', async () => {
    const story = await view(context.app, await seedStoryId());
    const found = story.comparison.discrepancies.find((d) => /clearer path/.test(d.a.text + d.b.text));
    expect(found).toBeDefined();
    expect(found!.speaker).toBe('Blinken');
    const wordings = [found!.a.text, found!.b.text].sort();
    expect(wordings[0]).toMatch(/\bclear path\b/);
    expect(wordings[1]).toMatch(/clearer path/);
    expect(found!.diff.filter((part) => part.removed || part.added).map((part) => part.value.trim()).sort()).toEqual(['clear', 'clearer']);
    // Each wording is cited where its article prints it.
    for (const wording of [found!.a, found!.b]) {
      const { blocks } = await article(context.app, wording.articleId);
      expect(blocks[wording.blockIndex]?.text.slice(wording.start, wording.end)).toBe(wording.text);
      expect(story.comparison.quotes.find((quote) => quote.id === wording.quoteId)?.articleId).toBe(wording.articleId);
    }
  });

  it("gives the timeline of the seeds' dated sentences, relative dates resolved", async () => {
    const story = await view(context.app, await seedStoryId());
    const wednesday = story.timeline.find((event) => event.expression === 'on Wednesday');
    expect(wednesday).toMatchObject({ from: '2022-01-19', to: '2022-01-19', granularity: 'day', articleDate: '2022-01-21' });
    expect(wednesday?.sentence).toMatch(/^Meanwhile, Blinken, on Wednesday, following his meet with Ukrainian leaders/);
    expect(story.timeline.find((event) => event.expression === 'next week')).toMatchObject({ from: '2022-01-24', to: '2022-01-30', granularity: 'week' });
    expect(story.timeline.some((event) => event.from === '2021-12-01' && event.to === '2021-12-31')).toBe(true);
    const order = story.timeline.map((event) => `${event.from} ${event.to}`);
    expect(order).toEqual([...order].sort());
    const articles = new Map(await Promise.all(story.articles.map(async (a) => [a.id, await article(context.app, a.id)] as const)));
    expect(new Set(story.timeline.map((event) => event.articleId))).toEqual(new Set(articles.keys()));
    for (const event of story.timeline) {
      const source = articles.get(event.articleId)!;
      expect(event).toMatchObject({ articleTitle: source.title, articleDate: source.date });
      expect(source.blocks[event.blockIndex]?.text).toContain(event.sentence);
      expect(event.sentence).toContain(event.expression);
    }
    // One event per dated sentence.
    expect(new Set(story.timeline.map((event) => `${event.articleId} ${event.sentenceIndex}`)).size).toBe(story.timeline.length);
  });

  it('keeps the whole timeline with since, and gives a one-article story its own', async () => {
    const id = await seedStoryId();
    expect((await view(context.app, id, `?since=${context.seeded.seedIds[0]}`)).timeline).toEqual((await view(context.app, id)).timeline);
    const { storyId } = await article(context.app, context.seeded.ids.geneva);
    expect((await view(context.app, storyId!)).timeline).toEqual([
      {
        from: '2022-01-21',
        to: '2022-01-21',
        granularity: 'day',
        sentenceIndex: 0,
        blockIndex: 0,
        sentence: 'Diplomats in Geneva waited outside the hotel for most of Friday.',
        expression: 'Friday',
        articleId: context.seeded.ids.geneva,
        articleTitle: 'Diplomats in Geneva waited outside the hotel for most of Friday',
        articleDate: '2022-01-21',
      },
    ]);
    const leapDay = await article(context.app, context.seeded.ids.leapDay);
    expect((await view(context.app, leapDay.storyId!)).timeline).toEqual([]);
  });

  it("groups the seeds' statements, citing each article's own sentence", async () => {
    const story = await view(context.app, await seedStoryId());
    const { statements } = story.comparison;
    const shared = statements.find((group) => group.statements.some((s) => s.text.includes('never threatened the Ukrainian people')));
    expect(shared?.coverage).toBe('all');
    expect(shared?.statements.map((s) => s.articleId)).toEqual(story.comparison.articleIds);
    expect(statements.some((group) => group.coverage === 'one')).toBe(true);
    const articles = new Map(await Promise.all(story.articles.map(async (a) => [a.id, await article(context.app, a.id)] as const)));
    for (const group of statements) {
      expect(group.articleIds).toEqual(group.statements.map((s) => s.articleId));
      expect(group.coverage).toBe(group.articleIds.length === 1 ? 'one' : group.articleIds.length === 2 ? 'all' : 'several');
      for (const s of group.statements) expect(articles.get(s.articleId)?.blocks[s.blockIndex]?.text.slice(s.start, s.end)).toBe(s.text);
    }
    const blinken = story.comparison.quotes.filter((quote) => quote.speaker === 'Blinken');
    expect(new Set(blinken.map((quote) => quote.articleId)).size).toBe(2);
  });

  it('answers "what is new since" an article: the groups it does not carry, in comparison order', async () => {
    const id = await seedStoryId();
    const full = await view(context.app, id);
    const reader = context.seeded.seedIds[0]!;
    const since = await view(context.app, id, `?since=${reader}`);
    expect(since.comparison.since).toBe(reader);
    expect(since.comparison.statements).toEqual(full.comparison.statements.filter((group) => !group.articleIds.includes(reader)));
    expect(since.comparison.statements.length).toBeGreaterThan(0);
    expect(since.comparison.statements.some((g) => g.statements.some((s) => s.text.includes('Russia could double the number of its troops')))).toBe(true);
    // Quotes and discrepancies stay whole: the discrepancy concerns the reader's own article too.
    expect(since.comparison.discrepancies).toEqual(full.comparison.discrepancies);
    expect(since.comparison.quotes).toEqual(full.comparison.quotes);
    // An empty form field is no `since`.
    expect((await view(context.app, id, '?since=')).comparison).toEqual(full.comparison);
  });

  it.each([
    ['an article of another story', () => context.seeded.ids.geneva],
    ['an unknown article', () => '0000000000000000'],
    ['a NUL byte', () => '%00'],
    ['broken percent-encoding', () => '%E0%A4%A'],
    ['a huge id', () => 'x'.repeat(5000)],
  ])('rejects since= %s as a 400 naming since', async (_, since) => {
    const body = await expectInvalid(await context.app.request(`/api/stories/${await seedStoryId()}?since=${since()}`), ['since']);
    expect(body.errors?.[0]?.reason).toMatch(/not an article of this story/);
  });

  it('rejects since given twice', async () => {
    const [a, b] = context.seeded.seedIds;
    await expectInvalid(await context.app.request(`/api/stories/${await seedStoryId()}?since=${a}&since=${b}`), ['since']);
  });

  it('answers 404 for an unknown story, also with since', async () => {
    const body = await expectProblem(await context.app.request('/api/stories/0000000000000000'), 404, '/api/stories/0000000000000000');
    expect(body).toMatchObject({ type: 'about:blank', title: 'Not Found', detail: 'No story has this id.' });
    await expectProblem(await context.app.request(`/api/stories/0000000000000000?since=${context.seeded.seedIds[0]}`), 404);
  });

  it.each([
    ['%00', 'a NUL byte'],
    ['a%00b', 'a NUL byte inside'],
    ['%E0%A4%A', 'broken percent-encoding'],
    ['%F0%9F%92%A9', 'an emoji'],
    ["1'%20OR%20'1'='1", 'SQL-looking text'],
    ['%20', 'a space'],
    ['x'.repeat(5000), 'a very long id'],
  ])('answers 404, not 500, for %s (%s)', async (id) => {
    await expectProblem(await context.app.request(`/api/stories/${id}`), 404);
  });

  it('gives every article its story id, in lists, search results and full articles', async () => {
    const id = await seedStoryId();
    const listed = await expectJson<Page<{ id: string; storyId: string | null }>>(await context.app.request('/api/articles?limit=100'));
    for (const item of listed.items) expect(item.storyId).toMatch(/\S/);
    expect(listed.items.filter((item) => item.storyId === id).map((item) => item.id).sort()).toEqual([...context.seeded.seedIds].sort());
    const found = await expectJson<{ results: { article: { storyId: string } }[] }>(await context.app.request('/api/search?q=Lavrov'));
    expect(found.results.map((result) => result.article.storyId)).toEqual([id, id]);
  });
});

const seedsDir = fileURLToPath(new URL('../../../../../shared/seeds/', import.meta.url));

// A second store on each backend, with a corrected re-issue of a seed: the same text plus an
// editor's note, which story placement files as a version of the original.
describe.each(testBackends())('stories on $name, with a version of an article', (backend) => {
  let store: Store;
  let app: Hono;
  beforeAll(async () => {
    store = await backend.open();
    await importArticles(store.db, readImportInputs(findArticleFiles([seedsDir])));
    const seed = await readFile(`${seedsDir}000_c66e0426fc53bf12.txt`, 'utf8');
    const corrected = `${seed.trimEnd()}\n\nThis article was amended to add the date of the next round of talks.\n`;
    await importArticles(store.db, [{ path: 'corrected.txt', bytes: new TextEncoder().encode(corrected) }]);
    await placeQueuedArticles(store.db);
    app = createApp(store);
  });
  afterAll(() => store?.close());

  it('lists the version beside its original and compares the original only', async () => {
    const { items } = await expectJson<Page<StorySummary>>(await app.request('/api/stories'));
    expect(items).toHaveLength(1);
    const story = await view(app, items[0]!.id);
    expect(story.articleCount).toBe(3);
    const version = story.articles.find((a) => a.duplicateOf !== null);
    expect(story.articles.map((a) => a.id)).toContain(version?.duplicateOf);
    expect(story.comparison.articleIds).toHaveLength(2);
    expect(story.comparison.articleIds).not.toContain(version?.id);
  });

  it('answers since= a version as since= its original', async () => {
    const { items } = await expectJson<Page<StorySummary>>(await app.request('/api/stories'));
    const story = await view(app, items[0]!.id);
    const version = story.articles.find((a) => a.duplicateOf !== null)!;
    const fromVersion = await view(app, story.id, `?since=${version.id}`);
    const fromOriginal = await view(app, story.id, `?since=${version.duplicateOf}`);
    expect(fromVersion.comparison.since).toBe(version.id);
    expect(fromVersion.comparison.statements).toEqual(fromOriginal.comparison.statements);
    expect(fromVersion.comparison.statements.every((group) => !group.articleIds.includes(version.duplicateOf!))).toBe(true);
  });

  it.each(['%00', 'a%00b', 'x'.repeat(300)])('answers 404, not 500, for the story id %s', async (id) => {
    await expectProblem(await app.request(`/api/stories/${id}`), 404);
  });
});
