import { ENRICHMENT_COLUMNS, PER_ARTICLE_TABLES, type EnrichmentTable } from './enrichment-rows.js';
import type { Db } from './open.js';
import { type RawTransaction, rawTransaction, stageRows } from './raw.js';
import { ROW_COLUMNS } from './rows.js';

/**
 * An article ready to store: its id, its row and its enrichment rows, as UTF-8 COPY text lines per
 * table; not `enriched`, it joins the enrichment queue instead.
 */
export type ArticleLines = { id: string; articles: Uint8Array; enriched: boolean } & Record<EnrichmentTable, Uint8Array>;

/**
 * Inserts articles with their enrichment in one transaction and returns how many were new; each
 * new article also joins the story queue. A duplicate article's enrichment is dropped with it, so
 * an article is stored whole or not at all. COPY parses one block of text instead of binding
 * thousands of parameters (~1.5× faster on PGlite, and on a server). `within` runs last in the
 * same transaction (an import records the batch's outcome there).
 */
export async function copyArticles(db: Db, batch: ArticleLines[], within?: (tx: RawTransaction, inserted: number) => Promise<void>): Promise<number> {
  const list = quotedList(ROW_COLUMNS);
  return rawTransaction(db, async (tx) => {
    if (batch.length === 0) {
      await within?.(tx, 0);
      return 0;
    }
    // Articles go through a staging table: COPY cannot skip ids or URLs already stored.
    const staged = await stageRows(tx, 'articles', ROW_COLUMNS, batch.map((lines) => lines.articles));
    // A batch is enriched now or queued whole: an import chooses one for all its articles.
    const deferred = !batch.some((lines) => lines.enriched);
    const { rows } = await tx.query<{ id: string }>(
      `WITH moved AS (INSERT INTO articles (${list}) SELECT ${list} FROM ${staged} ON CONFLICT DO NOTHING RETURNING id, date),
        queued AS (INSERT INTO story_queue (article_id, date) SELECT id, date FROM moved)
        ${deferred ? ', deferred AS (INSERT INTO enrichment_queue (article_id) SELECT id FROM moved)' : ''}
       SELECT id FROM moved`,
    );
    if (!deferred) await writeEnrichment(tx, linesOf(batch, rows.map((row) => row.id)));
    await within?.(tx, rows.length);
    return rows.length;
  });
}

/**
 * Writes the enrichment rows of articles that are stored and have none yet. The per-article tables
 * take their lines by COPY straight in, with no staging table and no join: that halves what
 * storing the enrichment costs. Entities are archive-wide, so they are staged and only new keys
 * move over (the first article to name one names it).
 */
export async function writeEnrichment(tx: RawTransaction, batch: Record<EnrichmentTable, Uint8Array>[]): Promise<void> {
  if (batch.length === 0) return;
  const columns = ENRICHMENT_COLUMNS.entities;
  const staged = await stageRows(tx, 'entities', columns, batch.map((lines) => lines.entities));
  await tx.query(
    `INSERT INTO entities (${quotedList(columns)}) SELECT DISTINCT ON (key) ${quotedList(columns)} FROM ${staged} ORDER BY key ON CONFLICT DO NOTHING`,
  );
  for (const table of PER_ARTICLE_TABLES) {
    const lines = batch.map((article) => article[table]).filter((bytes) => bytes.byteLength > 0);
    if (lines.length > 0) await tx.copyIn(`${table} (${quotedList(ENRICHMENT_COLUMNS[table])})`, lines);
  }
}

// The lines of each article in `ids`, once: a batch may hold one text twice (two files, one article).
function linesOf(batch: ArticleLines[], ids: string[]): ArticleLines[] {
  const wanted = new Set(ids);
  return batch.filter((lines) => wanted.delete(lines.id));
}

function quotedList(columns: readonly string[]): string {
  return columns.map((name) => `"${name}"`).join(', ');
}
