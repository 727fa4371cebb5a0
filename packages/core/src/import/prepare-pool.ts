import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ImportInput, Rejection } from './import.js';
import { prepareChunk, type PreparedArticle } from './prepare.js';

/** Worker threads an import uses by default: one per spare core, at most four. */
export const DEFAULT_IMPORT_WORKERS = Math.min(4, Math.max(1, availableParallelism() - 1));

// Fewer inputs than this are prepared in-thread: starting a worker costs more than it saves.
const MIN_FOR_WORKERS = 64;
// Run from TypeScript sources (as in core's own tests) the compiled worker does not exist: prepare in-thread.
const WORKER = fileURLToPath(new URL('./prepare-worker.js', import.meta.url));

/** Parses inputs and builds their rows in worker threads, so the database thread only writes. */
export class PreparePool {
  readonly #threads: number;
  #pool: Piscina | undefined;

  /** `workers` threads; 0 prepares everything in the calling thread. */
  constructor(workers = DEFAULT_IMPORT_WORKERS) {
    this.#threads = existsSync(WORKER) ? workers : 0;
  }

  /**
   * The prepared inputs, in input order, split evenly across the threads. `last`: no batch follows,
   * so nothing would overlap with it; without running workers it is prepared here rather than
   * paying for worker start-up (an import of a few hundred files is one such batch).
   */
  async prepare(inputs: ImportInput[], last = false): Promise<(PreparedArticle | Rejection)[]> {
    if (this.#threads === 0 || inputs.length < MIN_FOR_WORKERS || (last && !this.#pool)) return prepareChunk(inputs);
    this.#pool ??= new Piscina({ filename: WORKER, minThreads: this.#threads, maxThreads: this.#threads });
    const size = Math.ceil(inputs.length / this.#threads);
    const chunks: ImportInput[][] = [];
    for (let start = 0; start < inputs.length; start += size) chunks.push(inputs.slice(start, start + size));
    const pool = this.#pool;
    return (await Promise.all(chunks.map((chunk) => pool.run(chunk) as Promise<(PreparedArticle | Rejection)[]>))).flat();
  }

  /** Stops the worker threads. */
  async close(): Promise<void> {
    await this.#pool?.destroy();
  }
}
