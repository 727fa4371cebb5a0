import { insertArticleLines, tidyArticles } from '../db/articles.js';
import type { ArticleLines } from '../db/bulk.js';
import type { Db } from '../db/open.js';
import { PreparePool } from './prepare-pool.js';
import type { PreparedArticle } from './prepare.js';

// Smaller imports leave too little behind to be worth a VACUUM.
const TIDY_AFTER = 1000;

/** One input to import: its bytes, or why they could not be read. */
export type ImportInput = { path: string; bytes: Uint8Array } | { path: string; error: string };

/** An input the import refused, and why. */
export interface Rejection {
  path: string;
  reason: string;
}

/** What an import did. `interrupted` is true when it was stopped through its signal before the end. */
export interface ImportSummary {
  imported: number;
  duplicates: number;
  rejected: Rejection[];
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
}

/** Parses and stores every input, batch by batch; rejected inputs are recorded and never stop the rest. */
export async function importArticles(
  db: Db,
  inputs: AsyncIterable<ImportInput> | Iterable<ImportInput>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const { batchSize = 500, onProgress, signal, workers } = options;
  const summary: ImportSummary = { imported: 0, duplicates: 0, rejected: [], interrupted: false };
  const progress: ImportProgress = { done: 0, imported: 0, duplicates: 0, rejected: 0, bytes: 0 };
  const pool = new PreparePool(workers);

  const store = async (prepared: (PreparedArticle | Rejection)[]) => {
    const lines: ArticleLines[] = [];
    for (const item of prepared) {
      if ('reason' in item) summary.rejected.push(item);
      else {
        lines.push(item.lines);
        progress.bytes += item.bytes;
      }
    }
    const written = await insertArticleLines(db, lines);
    summary.imported += written.inserted;
    summary.duplicates += written.duplicates;
    progress.done += prepared.length;
    progress.imported = summary.imported;
    progress.duplicates = summary.duplicates;
    progress.rejected = summary.rejected.length;
    onProgress?.({ ...progress });
  };

  // Double-buffered: the workers prepare one batch while this thread stores the one before.
  let batch: ImportInput[] = [];
  let preparing: Promise<(PreparedArticle | Rejection)[]> | undefined;
  try {
    for await (const input of inputs) {
      if (signal?.aborted) {
        summary.interrupted = true;
        break;
      }
      batch.push(input);
      if (batch.length < batchSize) continue;
      const next = pool.prepare(batch);
      batch = [];
      if (preparing) await store(await preparing);
      preparing = next;
    }
    // Stopped: what was read but not yet stored is left for the next run, which finds the rest.
    if (!summary.interrupted) {
      if (preparing) await store(await preparing);
      await store(await pool.prepare(batch, true));
    }
  } finally {
    await preparing?.catch(() => undefined);
    await pool.close();
  }
  if (summary.imported >= TIDY_AFTER) await tidyArticles(db);
  return summary;
}
