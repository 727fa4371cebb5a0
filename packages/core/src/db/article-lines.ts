import { enrichArticle } from '../enrich/enrichment.js';
import type { Block, ParsedArticle } from '../model.js';
import type { ArticleLines } from './bulk.js';
import { enrichmentCopyLines, type EnrichmentTable } from './enrichment-rows.js';
import { toCopyLine, toRow } from './rows.js';

const encoder = new TextEncoder();

/**
 * A parsed article enriched and turned into the COPY lines of every table it is stored in. Pure,
 * and the costly part of an import, so import workers run it beside the database thread.
 */
export function articleLines(article: ParsedArticle): ArticleLines {
  // Bytes, not strings: encoding here spares the database thread, and bytes cross threads by plain copy.
  return { articles: encoder.encode(toCopyLine(toRow(article))), ...enrichmentLines(article) };
}

/** An article's enrichment as UTF-8 COPY lines per enrichment table. */
export function enrichmentLines(article: { id: string; date: string; blocks: readonly Block[] }): Record<EnrichmentTable, Uint8Array> {
  const rows = enrichmentCopyLines(article.id, article.date, enrichArticle(article));
  return Object.fromEntries(Object.entries(rows).map(([table, text]) => [table, encoder.encode(text)])) as Record<EnrichmentTable, Uint8Array>;
}
