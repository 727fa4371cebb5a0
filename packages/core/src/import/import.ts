import { insertCopyLines, tidyArticles } from '../db/articles.js';
import type { Db } from '../db/open.js';
import { prepareAll } from './prepare-pool.js';

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

/** Running totals, reported after each input. */
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
  /** Stops the import after the batch in flight is written. */
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
  let batch: Uint8Array[] = [];

  const flush = async () => {
    const written = await insertCopyLines(db, batch);
    batch = [];
    summary.imported += written.inserted;
    summary.duplicates += written.duplicates;
    progress.imported = summary.imported;
    progress.duplicates = summary.duplicates;
    onProgress?.({ ...progress });
  };

  for await (const prepared of prepareAll(inputs, workers)) {
    if (signal?.aborted) {
      summary.interrupted = true;
      break;
    }
    if ('reason' in prepared) summary.rejected.push(prepared);
    else {
      batch.push(prepared.copyLine);
      progress.bytes += prepared.bytes;
    }
    progress.done += 1;
    progress.rejected = summary.rejected.length;
    if (batch.length >= batchSize) await flush();
    else onProgress?.({ ...progress });
  }
  await flush();
  if (summary.imported >= TIDY_AFTER) await tidyArticles(db);
  return summary;
}
