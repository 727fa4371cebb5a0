import { and, asc, count, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Article, ArticleSummary, ParsedArticle, Page } from '../model.js';
import type { ArticleListParams } from '../params.js';
import { articleLines } from './article-lines.js';
import { copyArticles, type ArticleLines } from './bulk.js';
import { decodeCursor, encodeCursor, isArticleId } from './cursor.js';
import type { Db } from './open.js';
import type { RawTransaction } from './raw.js';
import { articleEnrichment, articles, articleStories } from './schema.js';

/** The columns an ArticleSummary is made of, for select(). */
export const summaryColumns = {
  id: articles.id,
  date: articles.date,
  title: articles.title,
  titleInferred: articles.titleInferred,
  wordCount: articles.wordCount,
  credit: articles.credit,
  outlet: articles.outlet,
  summaryOnly: articles.summaryOnly,
  excerpt: articles.excerpt,
  storyId: articleStories.storyId,
};

const articleColumns = {
  id: articles.id,
  date: articles.date,
  title: articles.title,
  titleInferred: articles.titleInferred,
  blocks: articles.blocks,
  credit: articles.credit,
  wordCount: articles.wordCount,
  outlet: articles.outlet,
  url: articles.url,
  author: articles.author,
  language: articles.language,
  summaryOnly: articles.summaryOnly,
  importedAt: articles.importedAt,
  storyId: articleStories.storyId,
};

/** Joins each article to its story: leftJoin(articleStories, withStory); null while it waits in the queue. */
export const withStory = eq(articleStories.articleId, articles.id);

/** Inserts articles in one transaction; ids already stored are left as they are and reported as duplicates. */
export async function insertArticles(db: Db, batch: ParsedArticle[]): Promise<{ inserted: number; duplicates: number }> {
  return insertArticleLines(db, batch.map((article) => articleLines(article)));
}

/** insertArticles for articles already turned into rows (by articleLines, in an import worker); `within` runs in the same transaction. */
export async function insertArticleLines(
  db: Db,
  batch: ArticleLines[],
  within?: (tx: RawTransaction, written: { inserted: number; duplicates: number }) => Promise<void>,
): Promise<{ inserted: number; duplicates: number }> {
  if (batch.length === 0 && !within) return { inserted: 0, duplicates: 0 };
  const inserted = await copyArticles(db, batch, within && ((tx, n) => within(tx, { inserted: n, duplicates: batch.length - n })));
  return { inserted, duplicates: batch.length - inserted };
}

/** The stored article with this id, with its enrichment, or undefined. */
export async function getArticle(db: Db, id: string): Promise<Article | undefined> {
  if (!isArticleId(id)) return undefined;
  const [row] = await db
    .select({ ...articleColumns, enrichment: articleEnrichment.enrichment })
    .from(articles)
    .leftJoin(articleStories, withStory)
    .leftJoin(articleEnrichment, eq(articleEnrichment.articleId, articles.id))
    .where(eq(articles.id, id));
  return row && { ...row, importedAt: new Date(row.importedAt).toISOString() };
}

/** One page of article summaries, newest first, within the optional date range. */
export async function listArticles(db: Db, params: ArticleListParams): Promise<Page<ArticleSummary>> {
  const conditions = dateConditions(params);
  if (params.cursor) {
    const [date, id] = decodeCursor(params.cursor, ['date', 'id']);
    conditions.push(sql`(${articles.date}, ${articles.id}) < (${date}, ${id})`);
  }
  const rows = await db
    .select(summaryColumns)
    .from(articles)
    .leftJoin(articleStories, withStory)
    .where(and(...conditions))
    .orderBy(desc(articles.date), desc(articles.id))
    .limit(params.limit + 1);
  const items = rows.slice(0, params.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > params.limit && last ? encodeCursor([last.date, last.id]) : null };
}

/** The articles either side of `article` in the newest-first order; null at either end. */
export async function getNeighbours(
  db: Db,
  article: { id: string; date: string },
): Promise<{ newer: ArticleSummary | null; older: ArticleSummary | null }> {
  const key = sql`(${articles.date}, ${articles.id})`;
  const at = sql`(${article.date}::date, ${article.id})`;
  const [[newer], [older]] = await Promise.all([
    db.select(summaryColumns).from(articles).leftJoin(articleStories, withStory).where(sql`${key} > ${at}`).orderBy(asc(articles.date), asc(articles.id)).limit(1),
    db.select(summaryColumns).from(articles).leftJoin(articleStories, withStory).where(sql`${key} < ${at}`).orderBy(desc(articles.date), desc(articles.id)).limit(1),
  ]);
  return { newer: newer ?? null, older: older ?? null };
}

/**
 * Tidies up after a bulk import: VACUUM merges the GIN indexes' pending lists (which every search
 * otherwise scans entry by entry) and ANALYZE refreshes the statistics search plans depend on.
 * PGlite runs no autovacuum, so without this a big import leaves search slow.
 */
export async function tidyArticles(db: Db): Promise<void> {
  await db.execute(sql`VACUUM (ANALYZE) articles`);
}

/** How many articles the store holds. */
export async function countArticles(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(articles);
  return row?.n ?? 0;
}

/** Every stored article, oldest first, read in pages so memory stays flat. */
export async function* streamArticles(db: Db, pageSize = 500): AsyncGenerator<Omit<Article, 'enrichment'>> {
  let after: SQL | undefined;
  for (;;) {
    const page = await db
      .select(articleColumns)
      .from(articles)
    .leftJoin(articleStories, withStory)
      .where(after)
      .orderBy(asc(articles.date), asc(articles.id))
      .limit(pageSize);
    for (const row of page) yield { ...row, importedAt: new Date(row.importedAt).toISOString() };
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = sql`(${articles.date}, ${articles.id}) > (${last.date}, ${last.id})`;
  }
}

/** SQL conditions for an optional from/to date range. */
export function dateConditions(params: { from?: string; to?: string }): SQL[] {
  const conditions: SQL[] = [];
  if (params.from) conditions.push(gte(articles.date, params.from));
  if (params.to) conditions.push(lte(articles.date, params.to));
  return conditions;
}
