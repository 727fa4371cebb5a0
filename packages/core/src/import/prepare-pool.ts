import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ImportInput, Rejection } from './import.js';
import { prepareChunk, type PreparedArticle } from './prepare.js';

/** Inputs per task: big enough that messaging costs little, small enough to keep workers busy. */
const CHUNK = 100;
const CHUNK_BYTES = 1 << 20;
// Work queued ahead of the consumer. The database thread blocks while it writes a batch (500 by
// default), so the workers need more than a batch queued to stay busy meanwhile; bytes bound memory.
const AHEAD_ITEMS = 2000;
const AHEAD_BYTES = 32 << 20;
// Run from TypeScript sources (as in core's own tests) the compiled worker does not exist: prepare in-thread.
const WORKER = fileURLToPath(new URL('./prepare-worker.js', import.meta.url));

/** Worker threads an import uses by default: one per spare core, at most four. */
export const DEFAULT_IMPORT_WORKERS = Math.min(4, Math.max(1, availableParallelism() - 1));

/**
 * Prepares inputs in `workers` threads (0: in this thread), in input order, while the caller stores
 * what is ready: the database thread (PGlite runs on one) then only writes. Imports too small to
 * fill one chunk never start a worker.
 */
export async function* prepareAll(
  inputs: AsyncIterable<ImportInput> | Iterable<ImportInput>,
  workers = DEFAULT_IMPORT_WORKERS,
): AsyncGenerator<PreparedArticle | Rejection> {
  const threads = Math.max(1, workers);
  const useWorkers = workers > 0 && existsSync(WORKER);
  let pool: Piscina | undefined;
  const ahead: { results: Promise<(PreparedArticle | Rejection)[]>; items: number; bytes: number }[] = [];
  let aheadItems = 0;
  let aheadBytes = 0;
  let chunk: ImportInput[] = [];
  let chunkBytes = 0;
  const dispatch = () => {
    if (useWorkers) pool ??= new Piscina({ filename: WORKER, minThreads: threads, maxThreads: threads });
    const task = chunk;
    ahead.push({ results: pool ? pool.run(task) : Promise.resolve(prepareChunk(task)), items: task.length, bytes: chunkBytes });
    aheadItems += task.length;
    aheadBytes += chunkBytes;
    chunk = [];
    chunkBytes = 0;
  };
  const oldest = () => {
    const done = ahead.shift()!;
    aheadItems -= done.items;
    aheadBytes -= done.bytes;
    return done.results;
  };
  try {
    for await (const input of inputs) {
      chunk.push(input);
      chunkBytes += 'bytes' in input ? input.bytes.byteLength : 0;
      if (chunk.length < CHUNK && chunkBytes < CHUNK_BYTES) continue;
      dispatch();
      while (aheadItems >= AHEAD_ITEMS || aheadBytes >= AHEAD_BYTES) yield* await oldest();
    }
    // Without a pool yet, the last, partial chunk is prepared here: a small import never starts a worker.
    if (pool) dispatch();
    while (ahead.length > 0) yield* await oldest();
    yield* prepareChunk(chunk);
  } finally {
    // Settle abandoned tasks before the pool goes, so none rejects unobserved.
    await Promise.allSettled(ahead.map((entry) => entry.results));
    await pool?.destroy();
  }
}
