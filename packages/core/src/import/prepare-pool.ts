import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ImportInput, Rejection } from './import.js';
import { joinClaims, type Claimed } from './claims.js';
import type { PreparedArticle } from './prepare.js';
import { analyzeClaims, prepareClaims } from './prepare-worker.js';
import type { ArticleAnalysis, StoryArticle } from '../stories/features.js';
import type { TermWeights } from '../stories/terms.js';

/** Worker threads an import uses by default: one per spare core, at most four. */
export const DEFAULT_IMPORT_WORKERS = Math.min(4, Math.max(1, availableParallelism() - 1));

// Fewer items than this are worked in-thread: starting a worker costs more than it saves.
const MIN_FOR_WORKERS = 64;
// Items per claim: small enough that the threads finish a batch close together (a few ms of work each).
const CHUNK = 16;
// Run from TypeScript sources (as in core's own tests) the compiled worker does not exist: work in-thread.
const WORKER = fileURLToPath(new URL('./prepare-worker.js', import.meta.url));

/** Work under way in the pool, which the calling thread can join. */
export interface PoolBatch<R> {
  /** Takes chunks in this thread while `busy` is pending (a database write waiting on a server), then gives `busy`'s value. */
  helpUntil<T>(busy: Promise<T>): Promise<T>;
  /** Takes every chunk left in this thread, then gives every result, in order. */
  finish(): Promise<R[]>;
}

/**
 * Worker threads for the CPU work beside the database thread: parsing inputs and building their
 * rows for an import, and analysing articles for story placement. Each batch goes whole to every
 * worker, and the threads claim its chunks from a shared counter, the calling thread too once it
 * calls `finish`: while it writes to the database the workers carry on alone, and whichever side
 * is slower on this machine and this input, neither waits idle for the other.
 */
export class PreparePool {
  readonly #threads: number;
  #pool: Piscina | undefined;

  /** `workers` threads; 0 does everything in the calling thread. */
  constructor(workers = DEFAULT_IMPORT_WORKERS) {
    this.#threads = existsSync(WORKER) ? workers : 0;
  }

  /**
   * Prepares inputs for an import. `last`: no batch follows, so nothing would overlap with it;
   * without running workers it is prepared here rather than paying for worker start-up (an import
   * of a few hundred files is one such batch). `enrich` false leaves enrichment for later (see
   * ImportOptions.enrich).
   */
  prepare(inputs: ImportInput[], { last = false, enrich = true } = {}): PoolBatch<PreparedArticle | Rejection> {
    const task = { items: inputs, counter: new SharedArrayBuffer(4), size: CHUNK, enrich };
    return this.#share(task, last, 'prepareClaims', (most) => prepareClaims(task, most));
  }

  /** analyzeArticle for each article, in order, under the same rules for when workers run as `prepare`. */
  analyze(articles: StoryArticle[], weights: TermWeights, last = false): PoolBatch<ArticleAnalysis> {
    const task = { items: articles, counter: new SharedArrayBuffer(4), size: CHUNK, weights };
    return this.#share(task, last, 'analyzeClaims', (most) => analyzeClaims(task, most));
  }

  /** Stops the worker threads. */
  async close(): Promise<void> {
    await this.#pool?.destroy();
  }

  #share<R>(task: { items: unknown[] }, last: boolean, name: string, here: (most?: number) => Claimed<R>[]): PoolBatch<R> {
    const useWorkers = this.#threads > 0 && (this.#pool !== undefined || (task.items.length >= MIN_FOR_WORKERS && !last));
    // The worker is compiled JavaScript: a loader the parent runs under (tsx, for the benchmarks)
    // would transform it again and slow every call in it, so it starts with no flags of its own.
    // Two tasks per worker: the next batch waits in the worker's own queue, not on this thread.
    const pool = useWorkers
      ? (this.#pool ??= new Piscina({ filename: WORKER, minThreads: this.#threads, maxThreads: this.#threads, concurrentTasksPerWorker: 2, execArgv: [] }))
      : undefined;
    const running: Promise<Claimed<R>[]>[] = [];
    for (let i = 0; pool && i < this.#threads; i++) running.push(pool.run(task, { name }));
    // A failed import closes the pool without finishing: the rejection must not go unheard.
    for (const result of running) result.catch(() => undefined);
    const mine: Claimed<R>[] = [];
    return {
      async helpUntil(busy) {
        let pending = true;
        void busy.then(() => (pending = false), () => (pending = false));
        // A chunk at a time, back to the event loop between them to hear from the server.
        while (pending) {
          await new Promise(setImmediate);
          if (!pending) break;
          const claimed = here(1);
          if (claimed.length === 0) break;
          mine.push(...claimed);
        }
        return busy;
      },
      finish: async () => joinClaims([mine, here(), ...(await Promise.all(running))]),
    };
  }
}
