import { tidyArticles, insertArticles } from '../db/articles.js';
import type { Db } from '../db/open.js';
import type { ParsedArticle } from '../model.js';
import { parseDateline } from '../parse/dateline.js';
import { ParseError } from '../parse/errors.js';

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
  /** Stops the import after the batch in flight is written. */
  signal?: AbortSignal;
}

/** Parses and stores every input, batch by batch; rejected inputs are recorded and never stop the rest. */
export async function importArticles(
  db: Db,
  inputs: AsyncIterable<ImportInput> | Iterable<ImportInput>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const { batchSize = 500, onProgress, signal } = options;
  const summary: ImportSummary = { imported: 0, duplicates: 0, rejected: [], interrupted: false };
  const progress: ImportProgress = { done: 0, imported: 0, duplicates: 0, rejected: 0, bytes: 0 };
  let batch: ParsedArticle[] = [];

  const flush = async () => {
    const written = await insertArticles(db, batch);
    batch = [];
    summary.imported += written.inserted;
    summary.duplicates += written.duplicates;
    progress.imported = summary.imported;
    progress.duplicates = summary.duplicates;
    onProgress?.({ ...progress });
  };

  for await (const input of inputs) {
    if (signal?.aborted) {
      summary.interrupted = true;
      break;
    }
    const parsed = parseInput(input);
    if ('reason' in parsed) summary.rejected.push(parsed);
    else batch.push(parsed);
    progress.done += 1;
    progress.bytes += 'bytes' in input ? input.bytes.byteLength : 0;
    progress.rejected = summary.rejected.length;
    if (batch.length >= batchSize) await flush();
    else onProgress?.({ ...progress });
  }
  await flush();
  if (summary.imported >= TIDY_AFTER) await tidyArticles(db);
  return summary;
}

function parseInput(input: ImportInput): ParsedArticle | Rejection {
  if ('error' in input) return { path: input.path, reason: input.error };
  try {
    return parseDateline(input.bytes, input.path);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return { path: input.path, reason: error.line === null ? error.reason : `line ${error.line}: ${error.reason}` };
  }
}
