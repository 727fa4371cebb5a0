import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { DocumentFrequencies, type FrequencySnapshot } from '../stories/frequencies.js';
import { storyHeadline } from '../stories/headline.js';
import { StoryIndex } from '../stories/story-index.js';
import type { Db } from './open.js';
import { articles, articleStories, stories, storyFrequencies, storyQueue } from './schema.js';

const DAY_MS = 86_400_000;
const SAVE_FREQUENCIES_AFTER = 1000;

/** What a round of story placement did. */
export interface PlacementSummary {
  placed: number;
  /** Stories created or changed. */
  stories: number;
  /** Stored articles read back into the index: those within the story window of the placed ones. */
  restored: number;
}

export interface PlacementOptions {
  /** Queued articles placed per transaction. */
  pageSize?: number;
  onProgress?: (placed: number) => void;
  signal?: AbortSignal;
}

/**
 * Places every queued article in a story, oldest first, a page per transaction; a crash leaves the
 * rest queued for the next run. Only the stored articles within the story window of each page's
 * dates are read back into the index, so placing one article never revisits the archive.
 */
export async function placeQueuedArticles(db: Db, options: PlacementOptions = {}): Promise<PlacementSummary> {
  const { pageSize = 1000, onProgress, signal } = options;
  const index = new StoryIndex({}, await loadFrequencies(db));
  const loaded = new LoadedDays();
  const touchedStories = new Set<string>();
  let placed = 0;
  let restored = 0;
  for (;;) {
    if (signal?.aborted) break;
    const page = await db
      .select({ id: articles.id, date: articles.date, title: articles.title, text: articles.body })
      .from(storyQueue)
      .innerJoin(articles, eq(articles.id, storyQueue.articleId))
      .orderBy(asc(articles.date), asc(articles.id))
      .limit(pageSize);
    if (page.length === 0) break;

    const window = index.options.windowDays;
    const from = shiftDays(page[0]!.date, -window);
    const to = shiftDays(page.at(-1)!.date, window);
    // The index only needs the window around this page: drop what lies before it, load what is missing.
    index.prune(from);
    loaded.forgetBefore(from);
    for (const [start, end] of loaded.missing(from, to)) restored += await restoreDays(db, index, start, end);
    loaded.add(from, to);

    const placedRows: (typeof articleStories.$inferInsert)[] = [];
    const moves = new Map<string, string>();
    for (const article of page) {
      const result = index.add(article);
      placedRows.push({ articleId: article.id, storyId: result.storyId, duplicateOf: result.duplicateOf, date: article.date, features: result.features });
      for (const move of result.moved) moves.set(move.articleId, move.storyId);
    }
    await db.transaction(async (tx) => {
      const movedIds = [...moves.keys()];
      const before = movedIds.length
        ? await tx.select({ storyId: articleStories.storyId }).from(articleStories).where(inArray(articleStories.articleId, movedIds))
        : [];
      const touched = new Set([...placedRows.map((row) => row.storyId), ...moves.values(), ...before.map((row) => row.storyId)]);
      await tx.insert(articleStories).values(placedRows).onConflictDoNothing();
      for (const [articleId, storyId] of moves) {
        await tx.update(articleStories).set({ storyId }).where(eq(articleStories.articleId, articleId));
      }
      await refreshStories(tx, [...touched]);
      await tx.delete(storyQueue).where(inArray(storyQueue.articleId, page.map((article) => article.id)));
      for (const id of touched) touchedStories.add(id);
    });
    placed += page.length;
    onProgress?.(placed);
  }
  // Frequencies are statistics: a run that placed a sliver of the archive changes them too little
  // to be worth rewriting the sketch (megabytes); the first run, or a big one, saves them.
  const documents = index.frequencies.documents;
  if (placed > 0 && (placed === documents || placed >= Math.max(SAVE_FREQUENCIES_AFTER, documents / 100))) {
    await saveFrequencies(db, index.frequencies);
  }
  return { placed, stories: touchedStories.size, restored };
}

/** How many stored articles still wait for a story. */
export async function countQueuedArticles(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(storyQueue);
  return row?.n ?? 0;
}

// Puts the stored articles of [start, end] back in the index, in the order they were placed.
async function restoreDays(db: Db, index: StoryIndex, start: string, end: string): Promise<number> {
  const rows = await db
    .select({ storyId: articleStories.storyId, features: articleStories.features })
    .from(articleStories)
    .where(and(gte(articleStories.date, start), lte(articleStories.date, end)))
    .orderBy(asc(articleStories.date), asc(articleStories.articleId));
  for (const row of rows) index.restore(row.features, row.storyId);
  return rows.length;
}

// Recomputes each touched story's row from its members: count, dates and headline.
async function refreshStories(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const members = await db
    .select({ storyId: articleStories.storyId, date: articles.date, title: articles.title, titleInferred: articles.titleInferred })
    .from(articleStories)
    .innerJoin(articles, eq(articles.id, articleStories.articleId))
    .where(inArray(articleStories.storyId, ids))
    .orderBy(asc(articles.date), asc(articles.id));
  const byStory = new Map<string, typeof members>();
  for (const member of members) {
    const list = byStory.get(member.storyId);
    if (list) list.push(member);
    else byStory.set(member.storyId, [member]);
  }
  const rows = [...byStory].map(([id, list]) => ({
    id,
    headline: storyHeadline(list),
    firstDate: list[0]!.date,
    lastDate: list.at(-1)!.date,
    articleCount: list.length,
  }));
  if (rows.length > 0) {
    await db
      .insert(stories)
      .values(rows)
      .onConflictDoUpdate({
        target: stories.id,
        set: {
          headline: sql`excluded.headline`,
          firstDate: sql`excluded.first_date`,
          lastDate: sql`excluded.last_date`,
          articleCount: sql`excluded.article_count`,
        },
      });
  }
  // A story whose every article moved elsewhere is gone.
  const emptied = ids.filter((id) => !byStory.has(id));
  if (emptied.length > 0) await db.delete(stories).where(inArray(stories.id, emptied));
}

// The sketch crosses the wire as base64 text, decoded by PostgreSQL: a client-side bytea parameter
// of several MB took seconds to serialise on PGlite.
async function loadFrequencies(db: Db): Promise<DocumentFrequencies> {
  const [row] = await db
    .select({ documents: storyFrequencies.documents, bits: storyFrequencies.bits, counts: sql<string>`encode(${storyFrequencies.counts}, 'base64')` })
    .from(storyFrequencies)
    .where(eq(storyFrequencies.id, 1));
  // encode() wraps base64 in lines of 76 characters.
  return row ? DocumentFrequencies.fromSnapshot({ ...row, counts: row.counts.replace(/\n/g, '') }) : new DocumentFrequencies();
}

async function saveFrequencies(db: Db, frequencies: DocumentFrequencies): Promise<void> {
  const { documents, bits, counts } = frequencies.toSnapshot();
  const row = { documents, bits, counts: sql`decode(${counts}, 'base64')` };
  await db.insert(storyFrequencies).values({ id: 1, ...row }).onConflictDoUpdate({ target: storyFrequencies.id, set: row });
}

function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The date ranges already read into the index, so each stored day is read once per run. */
class LoadedDays {
  #ranges: [string, string][] = [];

  /** The parts of [from, to] not loaded yet. */
  missing(from: string, to: string): [string, string][] {
    const gaps: [string, string][] = [];
    let cursor = from;
    for (const [start, end] of this.#ranges) {
      if (end < cursor) continue;
      if (start > to) break;
      if (start > cursor) gaps.push([cursor, shiftDays(start, -1)]);
      cursor = end >= cursor ? shiftDays(end, 1) : cursor;
    }
    if (cursor <= to) gaps.push([cursor, to]);
    return gaps;
  }

  /** Records [from, to] as loaded. */
  add(from: string, to: string): void {
    const merged: [string, string][] = [];
    for (const range of [...this.#ranges, [from, to] as [string, string]].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const last = merged.at(-1);
      if (last && range[0] <= shiftDays(last[1], 1)) last[1] = range[1] > last[1] ? range[1] : last[1];
      else merged.push([...range]);
    }
    this.#ranges = merged;
  }

  /** Forgets days before `date`, which the index has dropped. */
  forgetBefore(date: string): void {
    this.#ranges = this.#ranges.filter(([, end]) => end >= date).map(([start, end]) => [start < date ? date : start, end]);
  }
}
