// Search latency at 100,000 articles: p50/p95 for a rare term, a term in most articles, a phrase,
// a title: query and a date-filtered query, on PGlite and, where configured, PostgreSQL.
// Run: npx -y pnpm@10 --filter @dateline/bench search  [-- --count 100000 --runs 40]
import { importArticles, searchArticles, searchParams } from '@dateline/core';
import { sql } from 'drizzle-orm';
import { generateArticles } from './corpus.js';
import { fmt, quantile } from './stats.js';
import { backends } from './stores.js';

const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback;
const count = arg('--count', 100_000);
const runs = arg('--runs', 40);

const queries: [string, Record<string, string>][] = [
  ['rare term', { q: 'cocoa' }],
  ['term in most articles', { q: 'said' }],
  ['phrase', { q: '"interest rates"' }],
  ['title: and OR', { q: 'title:oil OR title:gas' }],
  ['date-filtered', { q: 'oil', from: '2010-01-01', to: '2010-12-31' }],
];

const generated = [...generateArticles(count)];
for (const open of backends()) {
  const bench = await open();
  const { db } = bench.store;
  await importArticles(db, generated);
  console.log(`${bench.name}: ${fmt(count)} articles`);
  for (const [label, input] of queries) {
    const params = searchParams.parse(input);
    for (let i = 0; i < 3; i++) await searchArticles(db, params);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await searchArticles(db, params);
      times.push(performance.now() - started);
    }
    // node-postgres and PGlite both answer with { rows }.
    const counted = (await db.execute(
      sql`select count(*)::int as n from articles where search @@ websearch_to_tsquery('english', ${input.q!.replace(/title:/g, '')})`,
    )) as unknown as { rows: { n: number }[] };
    const [matches] = counted.rows;
    console.log(
      `  ${label.padEnd(24)} ${JSON.stringify(input).padEnd(58)} ${fmt(matches?.n ?? 0).padStart(7)} with the words  p50 ${fmt(quantile(times, 0.5), 1).padStart(6)} ms  p95 ${fmt(quantile(times, 0.95), 1).padStart(6)} ms`,
    );
  }
  await bench.dispose();
}
