import { insertArticleLines, tidyArticles } from '../db/articles.js';
import type { ArticleLines } from '../db/bulk.js';
import { finishImportRun, recordImportBatch, startImportRun } from '../db/import-runs.js';
import type { Db } from '../db/open.js';
import type { ArticleRecord } from '../formats/record.js';
import { PreparePool, type PoolBatch } from './prepare-pool.js';
import type { PreparedArticle } from './prepare.js';

// Smaller imports leave too little behind to be worth a VACUUM.
const TIDY_AFTER = 1000;
// Rejections kept in hand for the summary: a broken million-line export must not fill memory.
// Every one is on record in import_rejections.
const KEPT_REJECTIONS = 1000;

/**
 * One input to import, `path` saying where it is (file, archive entry, line or record): a whole
 * document's bytes (dateline text or an HTML page; sniffed when `format` is absent), a record an
 * export or feed held, or why it could not be read.
 */
export type ImportInput =
  | { path: string; bytes: Uint8Array; format?: 'dateline' | 'html' }
  | { path: string; record: ArticleRecord }
  | { path: string; error: string };

/** An input the import refused, where it was, and why. */
export interface Rejection {
  path: string;
  reason: string;
}

/** What an import did. `interrupted` is true when it was stopped through its signal before the end. */
export interface ImportSummary {
  /** The import run on record (`dateline imports ID`). */
  runId: number;
  imported: number;
  duplicates: number;
  /** The first KEPT_REJECTIONS rejected inputs; `getImportRun` has them all. */
  rejected: Rejection[];
  rejectedCount: number;
  interrupted: boolean;
}

/** Running totals, reported after each batch is stored. */
export interface ImportProgress {
  done: number;
  imported: number;
  duplicates: number;
  rejected: number;
  bytes: number;
}

export interface ImportOptions {
  /** Articles written per transaction; bigger is faster, smaller loses less to a crash. */
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Threads that parse and build rows beside the database thread; 0 does it all in this thread. */
  workers?: number;
  /** Stops the import once the batch being written is stored; inputs read but not yet stored are left for the next run. */
  signal?: AbortSignal;
  /** What the run was given (paths, "<stdin>", an upload's name), kept on its record. */
  sources?: string[];
  /**
   * False stores articles without their quotes, entities and dates and queues them for
   * enrichQueuedArticles: a bulk load that defers the analysis (default true: enrich on import).
   */
  enrich?: boolean;
}

/** Parses and stores every input, batch by batch; rejected inputs are recorded and never stop the rest. */
export async function importArticles(
  db: Db,
  inputs: AsyncIterable<ImportInput> | Iterable<ImportInput>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const { batchSize = 500, onProgress, signal, workers, enrich = true } = options;
  const runId = await startImportRun(db, options.sources ?? []);
  const summary: ImportSummary = { runId, imported: 0, duplicates: 0, rejected: [], rejectedCount: 0, interrupted: false };
  const progress: ImportProgress = { done: 0, imported: 0, duplicates: 0, rejected: 0, bytes: 0 };
  const pool = new PreparePool(workers);

  const store = async (prepared: (PreparedArticle | Rejection)[]) => {
    const lines: ArticleLines[] = [];
    const rejections: Rejection[] = [];
    for (const item of prepared) {
      if ('reason' in item) rejections.push(item);
      else {
        lines.push(item.lines);
        progress.bytes += item.bytes;
      }
    }
    // The batch's articles, its rejections and the run's counts commit together or not at all.
    const written = await insertArticleLines(db, lines, (tx, done) =>
      recordImportBatch(tx, runId, { imported: done.inserted, duplicates: done.duplicates, rejections: rejections.map((r) => ({ location: r.path, reason: r.reason })) }),
    );
    summary.rejected.push(...rejections.slice(0, KEPT_REJECTIONS - summary.rejected.length));
    summary.rejectedCount += rejections.length;
    summary.imported += written.inserted;
    summary.duplicates += written.duplicates;
    progress.done += prepared.length;
    progress.imported = summary.imported;
    progress.duplicates = summary.duplicates;
    progress.rejected = summary.rejectedCount;
    onProgress?.({ ...progress });
  };

  // A pipeline three batches deep: this thread reads batch k+2 while the database stores batch k
  // and the workers prepare batch k+1; this thread then helps finish k+1 before storing it. Stores
  // run one at a time, in order.
  let batch: ImportInput[] = [];
  let preparing: PoolBatch<PreparedArticle | Rejection> | undefined;
  let storing: Promise<void> | undefined;
  const storeNext = async (prepared: (PreparedArticle | Rejection)[], next?: PoolBatch<PreparedArticle | Rejection>) => {
    if (storing) await (next ? next.helpUntil(storing) : storing);
    // Stopped while the one before was written: this batch is left for the next run.
    if (signal?.aborted) {
      summary.interrupted = true;
      return;
    }
    storing = store(prepared);
    // Heard when awaited; until then its failure must not count as unhandled.
    storing.catch(() => undefined);
  };
  try {
    for await (const input of inputs) {
      if (signal?.aborted) {
        summary.interrupted = true;
        break;
      }
      batch.push(input);
      if (batch.length < batchSize) continue;
      const next = pool.prepare(batch, { enrich });
      batch = [];
      if (preparing) await storeNext(await preparing.finish(), next);
      if (summary.interrupted) break;
      preparing = next;
    }
    // Stopped: the batch being written is stored; what was read but not yet stored is left for
    // the next run, which finds the rest.
    if (!summary.interrupted) {
      if (preparing) await storeNext(await preparing.finish());
      await storeNext(await pool.prepare(batch, { last: true, enrich }).finish());
    }
    await storing;
  } catch (error) {
    // The run is marked failed only once no batch of it is still being written.
    await storing?.catch(() => undefined);
    await finishImportRun(db, runId, 'failed', error instanceof Error ? error.message : String(error)).catch(() => undefined);
    throw error;
  } finally {
    await pool.close();
  }
  await finishImportRun(db, runId, summary.interrupted ? 'stopped' : 'done');
  if (summary.imported >= TIDY_AFTER) await tidyArticles(db);
  return summary;
}
