// Import rate: the three dateline corpora (read from disk, as `dateline import` does) and 100,000
// articles generated from Reuters bodies, on PGlite and, where configured, PostgreSQL; with
// enrichment (quotes, entities, dates) on, and deferred. bench/scale.ts imports a million.
// Run: npx -y pnpm@10 --filter @dateline/bench import  [-- --count 100000]
import { DEFAULT_IMPORT_WORKERS, findArticleFiles, importArticles, readImportInputs, type ImportInput } from '@dateline/core';
import { generateArticles, SHARED } from './corpus.js';
import { fmt, median } from './stats.js';
import { backends, type BenchStore } from './stores.js';

const count = Number(process.argv[process.argv.indexOf('--count') + 1]) || 100_000;
const corpora = ['russia-ukraine-guardian', 'russia-ukraine-nyt', 'newswcl50'].map((name) =>
  new URL(`dateline/${name}`, SHARED).pathname,
);

interface Run {
  articles: number;
  bytes: number;
  seconds: number;
}

async function run(
  open: () => Promise<BenchStore>,
  inputs: () => AsyncIterable<ImportInput> | Iterable<ImportInput>,
  workers: number,
  enrich = true,
): Promise<Run & { name: string }> {
  const bench = await open();
  let bytes = 0;
  const started = performance.now();
  const summary = await importArticles(bench.store.db, inputs(), { workers, enrich, onProgress: (p) => (bytes = p.bytes) });
  const seconds = (performance.now() - started) / 1000;
  await bench.dispose();
  if (summary.rejected.length) throw new Error(`bench input rejected: ${JSON.stringify(summary.rejected.slice(0, 3))}`);
  return { name: bench.name, articles: summary.imported, bytes, seconds };
}

const line = (label: string, runs: Run[]) => {
  const rates = runs.map((r) => r.articles / r.seconds);
  const mbs = runs.map((r) => r.bytes / 1e6 / r.seconds);
  return `${label.padEnd(80)} ${fmt(runs[0]!.articles).padStart(8)} articles  ${fmt(median(rates)).padStart(7)} articles/s  ${fmt(median(mbs), 2).padStart(6)} MB/s  (median of ${runs.length})`;
};

const generated = [...generateArticles(count)];
// Side by side in one run: parsing and enrichment in the database thread, in the default worker
// threads, and (a bulk load) with enrichment deferred to the queue.
const modes = [
  { workers: 0, enrich: true },
  { workers: DEFAULT_IMPORT_WORKERS, enrich: true },
  { workers: DEFAULT_IMPORT_WORKERS, enrich: false },
].map((mode) => ({
  ...mode,
  label: `${mode.workers ? `${mode.workers} worker${mode.workers > 1 ? 's' : ''}` : 'no workers'}, enrichment ${mode.enrich ? 'on' : 'deferred'}`,
}));
for (const open of backends()) {
  for (const { workers, enrich, label } of modes) {
    const corpusRuns: (Run & { name: string })[] = [];
    for (let i = 0; i < 3; i++) corpusRuns.push(await run(open, () => readImportInputs(findArticleFiles(corpora)), workers, enrich));
    const name = corpusRuns[0]!.name;
    console.log(line(`${name}, ${label}: dateline corpora (444 files)`, corpusRuns));
    const big = await run(open, () => generated, workers, enrich);
    console.log(line(`${name}, ${label}: ${fmt(count)} generated (Reuters bodies)`, [big]));
  }
}
