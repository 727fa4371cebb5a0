import { and, desc, inArray, sql, type SQL } from 'drizzle-orm';
import type { ArticleSummary, SearchPage } from '../model.js';
import type { SearchParams } from '../params.js';
import { decodeCursor, encodeCursor } from '../db/cursor.js';
import { dateConditions, summaryColumns, withStory } from '../db/articles.js';
import type { Db } from '../db/open.js';
import { articles, articleStories } from '../db/schema.js';
import { parseSearchQuery, toMatchPlan, toTitleTsquery, toTsquery, type MatchPlan } from './query.js';
import { GT, HIT_END, HIT_START, LT, snippetToHtml } from './snippet.js';

/**
 * How many of the newest matches are ranked. Ranking reads every candidate's tsvector, so ranking
 * all 90,000 hits of a common word costs ~240 ms on PGlite; ranking the newest window plus the newest
 * title hits keeps it in budget and loses little: a common word says little about relevance, and
 * articles that carry the words in their title are always candidates.
 */
export const RANK_WINDOW = 1000;

// Far beyond any archive; only there to fence the subquery in newestPhrased.
const FENCE = 2 ** 31 - 1;

// One passage around the best cover: fragments joined by a delimiter can swallow a lone word between them ("after … talks").
const HEADLINE_OPTIONS = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=40, MinWords=20`;

/** Ranked matches for a search box query, best first; an empty page when the query has no searchable words. */
export async function searchArticles(db: Db, params: SearchParams): Promise<SearchPage> {
  const parsed = parseSearchQuery(params.q);
  const source = toTsquery(parsed);
  const titleSource = toTitleTsquery(parsed);
  const after = params.cursor ? decodeCursor(params.cursor, ['number', 'date', 'id']) : undefined;
  if (!source) return { results: [], nextCursor: null };

  const query = sql`${source}::tsquery`;
  const plan = toMatchPlan(parsed);
  const matches = and(sql`${articles.search} @@ ${plan.all}::tsquery`, ...dateConditions(params));
  const newest = plan.phrased && plan.loose ? newestPhrased(db, plan, params) : newestMatching(db, matches);
  // A query of only exclusions has no title words to gather.
  const titled = titleSource
    ? newestMatching(db, and(sql`${articles.search} @@ ${titleSource}::tsquery`, matches))
    : undefined;
  // Each window is ranked where its rows are already in hand: no second fetch of 1,000 tsvectors.
  const candidates = (titled ? rank(db, newest, query).union(rank(db, titled, query)) : rank(db, newest, query)).as('candidates');
  const rows = await db
    .select()
    .from(candidates)
    .where(after ? sql`(${candidates.score}, ${candidates.date}, ${candidates.id}) < (${after[0]}, ${after[1]}, ${after[2]})` : undefined)
    .orderBy(desc(candidates.score), desc(candidates.date), desc(candidates.id))
    .limit(params.limit + 1);

  const page = rows.slice(0, params.limit);
  const ids = page.map((row) => row.id);
  const [summaries, snippets] = await Promise.all([summariesOf(db, ids), headlines(db, ids, source)]);
  const results = page.flatMap(({ id, score }) => {
    const article = summaries.get(id);
    return article ? [{ article, snippet: snippetToHtml(snippets.get(id) ?? article.excerpt), score }] : [];
  });
  const last = page.at(-1);
  const nextCursor = rows.length > params.limit && last ? encodeCursor([last.score, last.date, last.id]) : null;
  return { results, nextCursor };
}

type Window = ReturnType<typeof newestMatching>;

// The newest RANK_WINDOW articles that match, straight from GIN and the date index.
function newestMatching(db: Db, matches: SQL | undefined) {
  return db
    .select({ id: articles.id, date: articles.date, search: articles.search })
    .from(articles)
    .where(matches)
    .orderBy(desc(articles.date), desc(articles.id))
    .limit(RANK_WINDOW);
}

// The newest matches of a query with phrases: GIN finds articles with all the words, the newest
// come first, and word order is checked only until the window is full, not for every article.
function newestPhrased(db: Db, plan: MatchPlan, params: { from?: string; to?: string }): Window {
  // `loose` has the same words in any order, which GIN answers exactly.
  const ordered = db
    .select({ id: articles.id, date: articles.date, search: articles.search })
    .from(articles)
    .where(and(sql`${articles.search} @@ ${plan.loose}::tsquery`, ...dateConditions(params)))
    .orderBy(desc(articles.date), desc(articles.id))
    // PostgreSQL never pushes a condition into a subquery with a LIMIT: the exact check stays
    // outside and runs on the newest rows only.
    .limit(FENCE)
    .as('ordered');
  return db
    .select({ id: ordered.id, date: ordered.date, search: ordered.search })
    .from(ordered)
    .where(sql`${ordered.search} @@ ${plan.all}::tsquery`)
    .orderBy(desc(ordered.date), desc(ordered.id))
    .limit(RANK_WINDOW) as unknown as Window;
}

// Scores a window; float8 so the score survives the round trip through a cursor exactly.
function rank(db: Db, window: Window, query: SQL) {
  const rows = window.as('window');
  return db
    .select({ id: rows.id, date: rows.date, score: sql<number>`ts_rank(${rows.search}, ${query}, 1)::float8`.as('score') })
    .from(rows);
}

async function summariesOf(db: Db, ids: string[]): Promise<Map<string, ArticleSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select(summaryColumns).from(articles).leftJoin(articleStories, withStory).where(inArray(articles.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

// Headlines only for the page shown: ts_headline re-parses the whole body, too slow for every candidate.
async function headlines(db: Db, ids: string[], source: string): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: articles.id,
      // ts_headline drops anything that looks like a tag; hide < and > so text such as "<script>" survives.
      headline: sql<string>`ts_headline('english', translate(${articles.body}, '<>', ${LT + GT}), ${source}::tsquery, ${HEADLINE_OPTIONS})`,
    })
    .from(articles)
    .where(inArray(articles.id, ids));
  return new Map(rows.map((row) => [row.id, row.headline]));
}
