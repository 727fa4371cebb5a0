// Import at scale: N generated articles (Reuters bodies, default 1,000,000) written to one gzipped
// JSON Lines export, then imported from that file as `dateline import` reads it (streamed record by
// record) into PostgreSQL: the rate with enrichment on and with it deferred, the database size,
// search latency afterwards, and the process's peak memory.
// Run: npx -y pnpm@10 --filter @dateline/bench scale [-- --count 1000000 --modes enrich,defer]
import { execFile } from 'node:child_process';
import { createWriteStream, existsSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { searchArticles, searchParams } from '@dateline/core';
import { reutersTexts } from './corpus.js';
import { fmt, median, quantile } from './stats.js';
import { POSTGRES_URL, scratchPglite, scratchPostgres, type ScratchStore } from './stores.js';

const arg = (name: string) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
const count = Number(arg('count')) || 1_000_000;
// `--modes none` only writes the export file.
const modes = (arg('modes') ?? 'enrich,defer').split(',').filter((mode) => mode === 'enrich' || mode === 'defer');
const backend = arg('store') ?? 'postgres';

const DAY = 86_400_000;
const START = Date.UTC(2000, 0, 1);
const run = promisify(execFile);
const QUERIES = ['oil prices', 'bank', 'trade deficit', 'wheat', 'merger', 'dollar', 'tokyo', 'interest rates', 'opec', 'coffee', 'gold', 'strike'];

/** Writes `count` export records to a gzipped JSONL file (once per count) and returns its path. */
async function exportFile(): Promise<string> {
  const path = join(tmpdir(), `dateline-scale-${count}.jsonl.gz`);
  if (existsSync(path)) return path;
  const texts = reutersTexts();
  function* lines(): Generator<string> {
    for (let i = 0; i < count; i++) {
      const [title, ...paragraphs] = texts[i % texts.length]!.split('\n\n');
      const date = new Date(START + (i % 7300) * DAY).toISOString().slice(0, 10);
      yield `${JSON.stringify({ date, title, body: paragraphs.join('\n\n'), source: 'Reuters', url: `https://example.com/wire/${i}` })}\n`;
    }
  }
  await pipeline(Readable.from(lines()), createGzip(), createWriteStream(`${path}.part`));
  renameSync(`${path}.part`, path);
  return path;
}

async function scratch(): Promise<ScratchStore> {
  if (backend === 'pglite') return scratchPglite();
  if (!POSTGRES_URL) throw new Error('set BENCH_DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL server (or pass --store pglite)');
  return scratchPostgres(POSTGRES_URL);
}

async function measure(file: string, mode: 'enrich' | 'defer'): Promise<void> {
  const target = await scratch();
  const { dataDir, databaseUrl } = target.config;
  // The import runs in a plain Node process of its own: see scale-import.mjs.
  const { stdout } = await run(process.execPath, [fileURLToPath(new URL('scale-import.mjs', import.meta.url)), file, mode], {
    env: { ...process.env, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: '', DATELINE_DATA: dataDir ?? '' }) },
    maxBuffer: 1 << 20,
  });
  const summary = JSON.parse(stdout) as { imported: number; rejected: unknown[]; rejectedCount: number; seconds: number; peakRss: number };
  if (summary.rejectedCount > 0) throw new Error(`bench input rejected: ${JSON.stringify(summary.rejected)}`);
  const { seconds, peakRss } = summary;
  const bench = await target.open();
  const db = bench.store.db;

  const size = await db.execute('SELECT pg_database_size(current_database()) AS bytes');
  const bytes = Number((size as unknown as { rows: { bytes: string }[] }).rows[0]?.bytes);
  // Search latency over the full archive: each query a few times, warm.
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      const t = performance.now();
      await searchArticles(db, searchParams.parse({ q }));
      times.push(performance.now() - t);
    }
  }
  await bench.dispose();
  const label = mode === 'enrich' ? 'enrichment on' : 'enrichment deferred (queued)';
  console.log(
    `${bench.name}, ${label}: ${fmt(summary.imported)} articles in ${fmt(seconds, 1)} s = ${fmt(summary.imported / seconds)} articles/s; ` +
      `database ${fmt(bytes / 1024 ** 3, 2)} GiB; search median ${fmt(median(times), 1)} ms, p95 ${fmt(quantile(times, 0.95), 1)} ms; ` +
      `peak RSS of the import ${fmt(peakRss / 1024 ** 2)} MB`,
  );
}

const file = await exportFile();
console.log(`Input: ${fmt(count)} generated articles as one gzipped JSONL export, ${fmt(statSync(file).size / 1024 ** 2)} MB (${file})`);
for (const mode of modes) await measure(file, mode);
