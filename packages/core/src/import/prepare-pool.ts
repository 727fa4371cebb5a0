import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ImportInput, Rejection } from './import.js';
import { prepareChunk, type PreparedArticle } from './prepare.js';
import { analyzeArticles, type ArticleAnalysis, type StoryArticle } from '../stories/features.js';
import type { TermWeights } from '../stories/terms.js';

/** Worker threads an import uses by default: one per spare core, at most four. */
export const DEFAULT_IMPORT_WORKERS = Math.min(4, Math.max(1, availableParallelism() - 1));

// Fewer inputs than this are prepared in-thread: starting a worker costs more than it saves.
const MIN_FOR_WORKERS = 64;
// Run from TypeScript sources (as in core's own tests) the compiled worker does not exist: prepare in-thread.
const WORKER = fileURLToPath(new URL('./prepare-worker.js', import.meta.url));

/**
 * Worker threads for the CPU work beside the database thread: parsing inputs and building their
 * rows for an import, and analysing articles for story placement.
 */
export class PreparePool {
  readonly #threads: number;
  #pool: Piscina | undefined;

  /** `workers` threads; 0 does everything in the calling thread. */
  constructor(workers = DEFAULT_IMPORT_WORKERS) {
    this.#threads = existsSync(WORKER) ? workers : 0;
  }

  /**
   * The prepared inputs, in input order, split evenly across the threads. `last`: no batch follows,
   * so nothing would overlap with it; without running workers it is prepared here rather than
   * paying for worker start-up (an import of a few hundred files is one such batch). `enrich`
   * false leaves enrichment for later (see ImportOptions.enrich).
   */
  async prepare(inputs: ImportInput[], last = false, enrich = true): Promise<(PreparedArticle | Rejection)[]> {
    if (!this.#useWorkers(inputs.length, last)) return prepareChunk({ inputs, enrich });
    return this.#spread(inputs, (chunk, pool) => pool.run({ inputs: chunk, enrich }) as Promise<(PreparedArticle | Rejection)[]>);
  }

  /** analyzeArticle for each article, in order, under the same rules for when workers run as `prepare`. */
  async analyze(articles: StoryArticle[], weights: TermWeights, last = false): Promise<ArticleAnalysis[]> {
    if (!this.#useWorkers(articles.length, last)) return analyzeArticles({ articles, weights });
    return this.#spread(articles, (chunk, pool) => pool.run({ articles: chunk, weights }, { name: 'analyzeArticles' }) as Promise<ArticleAnalysis[]>);
  }

  /** Stops the worker threads. */
  async close(): Promise<void> {
    await this.#pool?.destroy();
  }

  #useWorkers(count: number, last: boolean): boolean {
    return this.#threads > 0 && count >= MIN_FOR_WORKERS && !(last && !this.#pool);
  }

  async #spread<T, R>(items: T[], run: (chunk: T[], pool: Piscina) => Promise<R[]>): Promise<R[]> {
    this.#pool ??= new Piscina({ filename: WORKER, minThreads: this.#threads, maxThreads: this.#threads });
    const size = Math.ceil(items.length / this.#threads);
    const chunks: T[][] = [];
    for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
    const pool = this.#pool;
    return (await Promise.all(chunks.map((chunk) => run(chunk, pool)))).flat();
  }
}
