import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import { PreparePool } from '../import/prepare-pool.js';
import type { StoryArticle } from '../stories/features.js';
import { DocumentFrequencies } from '../stories/frequencies.js';
import { StoryIndex } from '../stories/story-index.js';
import type { Db } from './open.js';
import { articles, articleStories, storyFrequencies, storyQueue } from './schema.js';
import { type PlacedRow, type StoryRow, storyRow, writePlacements } from './story-writes.js';

const DAY_MS = 86_400_000;
// A run placing this many articles is big enough to save the frequencies and refresh statistics.
const BIG_RUN = 1000;

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
  /** Worker threads that analyse the next page while this thread places the current one; 0 for none. */
  workers?: number;
  onProgress?: (placed: number) => void;
  signal?: AbortSignal;
}

type QueuedArticle = Required<StoryArticle> & { date: string; titleInferred: boolean };

/**
 * Places every queued article in a story, oldest first, a page per transaction; a crash leaves the
 * rest queued for the next run. Only the stored articles within the story window of each page's
 * dates are read back into the index, so placing one article never revisits the archive. Worker
 * threads analyse the next page (words, terms, MinHash) while this thread places the current one.
 */
export async function placeQueuedArticles(db: Db, options: PlacementOptions = {}): Promise<PlacementSummary> {
  const { pageSize = 1000, onProgress, signal, workers } = options;
  const index = new StoryIndex({}, await loadFrequencies(db));
  const pool = new PreparePool(workers);
  const analyse = (page: QueuedArticle[]) => pool.analyze(page, index.options.weights, page.length < pageSize);
  const loaded = new LoadedDays();
  const touchedStories = new Set<string>();
  let placed = 0;
  let restored = 0;
  let page = await readQueue(db, pageSize);
  let analysing = analyse(page);
  try {
    while (page.length > 0 && !signal?.aborted) {
      // Pipelined: read the next page and start its analysis before placing this one.
      const next = page.length < pageSize ? [] : await readQueue(db, pageSize, page.at(-1));
      const analyses = await analysing.finish();
      analysing = analyse(next);

      const window = index.options.windowDays;
      const from = shiftDays(page[0]!.date, -window);
      const to = shiftDays(page.at(-1)!.date, window);
      // The index only needs the window around this page: drop what lies before it, load what is missing.
      index.prune(from);
      loaded.forgetBefore(from);
      for (const [start, end] of loaded.missing(from, to)) restored += await restoreDays(db, index, start, end);
      loaded.add(from, to);

      const rows: PlacedRow[] = [];
      const moves = new Map<string, string>();
      const founders: QueuedArticle[] = [];
      page.forEach((article, i) => {
        const result = index.add(article, analyses[i]);
        rows.push({ articleId: article.id, storyId: result.storyId, duplicateOf: result.duplicateOf, date: article.date, features: result.features });
        for (const move of result.moved) moves.set(move.articleId, move.storyId);
        if (result.founded && result.storyId === article.id) founders.push(article);
      });
      const written = await writePlacements(db, rows, moves, loneStories(founders, rows, moves));
      for (const id of written) touchedStories.add(id);
      placed += page.length;
      onProgress?.(placed);
      page = next;
    }
  } finally {
    await pool.close();
  }
  // Frequencies are statistics: a run that placed a sliver of the archive changes them too little
  // to be worth rewriting the sketch (megabytes); the first run, or a big one, saves them.
  const documents = index.frequencies.documents;
  if (placed > 0 && (placed === documents || placed >= Math.max(BIG_RUN, documents / 100))) {
    await saveFrequencies(db, index.frequencies);
  }
  // Fresh statistics keep the story pages' queries on their indexes once the tables have grown.
  if (placed >= BIG_RUN) await db.execute(sql`ANALYZE article_stories, stories`);
  return { placed, stories: touchedStories.size, restored };
}

// The stories founded on this page that still hold their founder alone: their rows need no reading back.
function loneStories(founders: QueuedArticle[], rows: PlacedRow[], moves: Map<string, string>): StoryRow[] {
  const members = new Map<string, number>();
  for (const row of rows) members.set(row.storyId, (members.get(row.storyId) ?? 0) + 1);
  for (const storyId of moves.values()) members.set(storyId, (members.get(storyId) ?? 0) + 1);
  return founders
    .filter((article) => members.get(article.id) === 1 && !moves.has(article.id))
    .map((article) => storyRow(article.id, [article]));
}

// The next queued articles in (date, id) order after `after`, with the text placement reads.
async function readQueue(db: Db, limit: number, after?: QueuedArticle): Promise<QueuedArticle[]> {
  return db
    .select({ id: articles.id, date: storyQueue.date, title: articles.title, titleInferred: articles.titleInferred, text: articles.body })
    .from(storyQueue)
    .innerJoin(articles, eq(articles.id, storyQueue.articleId))
    .where(after ? sql`(${storyQueue.date}, ${storyQueue.articleId}) > (${after.date}, ${after.id})` : undefined)
    .orderBy(asc(storyQueue.date), asc(storyQueue.articleId))
    .limit(limit);
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
