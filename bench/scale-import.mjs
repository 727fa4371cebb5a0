// The measured half of bench/scale.ts, in a plain Node process of its own (as `dateline import`
// runs), so its peak memory is the import's alone: tsx, which runs the benchmarks' TypeScript,
// adds a loader thread of about 90 MB to any process it runs.
// Usage: node scale-import.mjs FILE enrich|defer   with the store in DATABASE_URL or DATELINE_DATA.
import { importArticles, openStore, readImportSources, storeConfigFromEnv } from '@dateline/core';

const [file, mode] = process.argv.slice(2);
const store = await openStore(storeConfigFromEnv(process.env));
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);
const started = performance.now();
const summary = await importArticles(store.db, readImportSources([file]), { enrich: mode === 'enrich', batchSize: 1000 });
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
await store.close();
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
console.log(JSON.stringify({ imported: summary.imported, rejected: summary.rejected.slice(0, 3), rejectedCount: summary.rejectedCount, seconds, peakRss }));
