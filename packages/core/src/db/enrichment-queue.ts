import { asc, eq, sql } from 'drizzle-orm';
import { enrichmentLines } from './article-lines.js';
import { writeEnrichment } from './bulk.js';
import { PER_ARTICLE_TABLES } from './enrichment-rows.js';
import type { Db } from './open.js';
import { rawTransaction } from './raw.js';
import { articles, enrichmentQueue } from './schema.js';

/** Options for enrichQueuedArticles. */
export interface EnrichQueueOptions {
  /** Articles enriched per transaction. */
  pageSize?: number;
  onProgress?: (enriched: number) => void;
  signal?: AbortSignal;
}

/**
 * Enriches the stored articles queued for it (those imported before enrichment existed, or by
 * older extractors), a page per transaction: each article's old enrichment rows are replaced
 * whole. Returns how many were enriched; an interrupted run leaves the rest queued.
 */
export async function enrichQueuedArticles(db: Db, options: EnrichQueueOptions = {}): Promise<number> {
  const { pageSize = 500, onProgress, signal } = options;
  let enriched = 0;
  while (!signal?.aborted) {
    const page = await db
      .select({ id: articles.id, date: articles.date, blocks: articles.blocks })
      .from(enrichmentQueue)
      .innerJoin(articles, eq(articles.id, enrichmentQueue.articleId))
      .orderBy(asc(enrichmentQueue.articleId))
      .limit(pageSize);
    if (page.length === 0) break;
    const lines = page.map(enrichmentLines);
    const ids = page.map((article) => article.id);
    await rawTransaction(db, async (tx) => {
      for (const table of PER_ARTICLE_TABLES) {
        await tx.query(`DELETE FROM ${table} WHERE article_id = ANY($1::text[])`, [ids]);
      }
      await writeEnrichment(tx, lines);
      await tx.query('DELETE FROM enrichment_queue WHERE article_id = ANY($1::text[])', [ids]);
    });
    enriched += page.length;
    onProgress?.(enriched);
  }
  return enriched;
}

/** How many stored articles wait to be enriched. */
export async function countArticlesToEnrich(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(enrichmentQueue);
  return row?.n ?? 0;
}
