import { enrichArticle } from '../enrich/enrichment.js';
import type { Block, ParsedArticle } from '../model.js';
import type { ArticleLines } from './bulk.js';
import { enrichmentCopyLines, type EnrichmentTable } from './enrichment-rows.js';
import { toCopyLine, toRow } from './rows.js';

const encoder = new TextEncoder();

const NONE = new Uint8Array(0);

/**
 * A parsed article enriched (unless `enrich` is false: it is then queued for enrichment when
 * stored) and turned into the COPY lines of every table it is stored in. Pure, and the costly
 * part of an import, so import workers run it beside the database thread.
 */
export function articleLines(article: ParsedArticle, enrich = true): ArticleLines {
  // Bytes, not strings: encoding here spares the database thread, and bytes cross threads by plain copy.
  const row = encoder.encode(toCopyLine(toRow(article)));
  if (!enrich) return { id: article.id, articles: row, enriched: false, article_enrichment: NONE, entities: NONE, article_entities: NONE, article_quotes: NONE };
  return { id: article.id, articles: row, enriched: true, ...enrichmentLines(article) };
}

/** An article's enrichment as UTF-8 COPY lines per enrichment table. */
export function enrichmentLines(article: { id: string; date: string; blocks: readonly Block[] }): Record<EnrichmentTable, Uint8Array> {
  const rows = enrichmentCopyLines(article.id, article.date, enrichArticle(article));
  return Object.fromEntries(Object.entries(rows).map(([table, text]) => [table, encoder.encode(text)])) as Record<EnrichmentTable, Uint8Array>;
}
