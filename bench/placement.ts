// Story placement in the store: the rate at which queued articles join stories after an import of
// 100,000 generated articles, then the cost of placing one more article into that archive (which
// reads back only its own days), on PGlite and, where configured, PostgreSQL.
// Run: npx -y pnpm@10 --filter @dateline/bench placement  [-- --count 100000]
import { importArticles, placeQueuedArticles } from '@dateline/core';
import { generateArticles } from './corpus.js';
import { fmt, median } from './stats.js';
import { backends } from './stores.js';

const count = Number(process.argv[process.argv.indexOf('--count') + 1]) || 100_000;
const generated = [...generateArticles(count)];
const encoder = new TextEncoder();

for (const open of backends()) {
  const bench = await open();
  await importArticles(bench.store.db, generated);
  const heapBefore = process.memoryUsage().heapUsed;
  let peakHeap = heapBefore;
  const started = performance.now();
  const summary = await placeQueuedArticles(bench.store.db, {
    onProgress: () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)),
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${bench.name}: placed ${fmt(summary.placed)} queued articles in ${fmt(seconds, 1)} s: ${fmt(summary.placed / seconds)} articles/s; ` +
      `${fmt(summary.stories)} stories; heap grew at most ${fmt((peakHeap - heapBefore) / 2 ** 20)} MB`,
  );

  // One more article at a time into the full archive: import it, then place it.
  const singles: number[] = [];
  let restored = 0;
  for (let i = 0; i < 20; i++) {
    const text = ` date 2010-06-${String(10 + i).padStart(2, '0')} A one-off report number ${i} on harbour dredging in Tallinn.\n`;
    const t0 = performance.now();
    await importArticles(bench.store.db, [{ path: `one-${i}.txt`, bytes: encoder.encode(text) }]);
    restored += (await placeQueuedArticles(bench.store.db)).restored;
    singles.push(performance.now() - t0);
  }
  console.log(
    `${bench.name}: one more article at ${fmt(count)}: import + placement median ${fmt(median(singles), 1)} ms ` +
      `(reads back ${fmt(restored / singles.length)} stored articles of its ±3 days, not ${fmt(count)})`,
  );
  await bench.dispose();
}
