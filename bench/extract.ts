// HTML article extraction: title, byline, date and site name match rates on Mozilla's Readability
// test pages, and body text F1 on those and on Zyte's article-extraction-benchmark, plus speed.
// Run: cd bench && npx tsx extract.ts        (add --worst to list the pages with the lowest body F1)
import { extractHtmlArticle } from '../packages/core/src/formats/html/extract.js';
import type { ArticleRecord } from '../packages/core/src/formats/record.js';
import { ParseError } from '../packages/core/src/parse/errors.js';
import { benchmarkPages, readabilityPages, type BenchPage } from './extract/pages.js';
import { benchmarkF1, shingleCounts, wordF1, type Counts } from './extract/score.js';
import { fmt, median } from './stats.js';

interface Outcome {
  page: BenchPage;
  record?: ArticleRecord;
  error?: string;
  counts: Counts;
  wordF1: number;
}

const RUNS = 3;
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function extract(page: BenchPage): Outcome {
  let record: ArticleRecord | undefined;
  let error: string | undefined;
  try {
    record = extractHtmlArticle(page.bytes, page.name);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e; // anything else is a bug to see, not a refusal to count
    error = e.message;
  }
  // The body is the blocks alone: neither ground truth includes the headline.
  const body = record ? record.blocks.map((b) => b.text).join('\n\n') : '';
  return { page, record, error, counts: shingleCounts(page.body, body), wordF1: wordF1(page.body, body) };
}

function rate(outcomes: Outcome[], truth: (p: BenchPage) => string | undefined, got: (r: ArticleRecord) => string | null) {
  const judged = outcomes.filter((o) => truth(o.page) !== undefined);
  const hits = judged.filter((o) => o.record && norm(got(o.record)) === norm(truth(o.page))).length;
  return judged.length === 0 ? '  -  ' : `${(hits / judged.length).toFixed(3)} (${hits}/${judged.length})`;
}

function report(name: string, outcomes: Outcome[]): void {
  const f = benchmarkF1(outcomes.map((o) => o.counts));
  const meanWordF1 = outcomes.reduce((n, o) => n + o.wordF1, 0) / outcomes.length;
  const failed = outcomes.filter((o) => o.error).length;
  console.log(`${name} (${outcomes.length} pages, ${failed} refused)`);
  console.log(`  body F1 ${f.f1.toFixed(3)} (precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)}; 4-token shingles as evaluate.py)   bag-of-words F1 ${meanWordF1.toFixed(3)} (mean per page)`);
  if (outcomes.some((o) => o.page.title !== undefined)) {
    console.log(`  title exact ${rate(outcomes, (p) => p.title, (r) => r.title)}   byline ${rate(outcomes, (p) => p.byline, (r) => r.author)}` +
      `   date ${rate(outcomes, (p) => p.published, (r) => r.published)}   site ${rate(outcomes, (p) => p.siteName, (r) => r.outlet)}`);
  }
}

const corpora = { readability: readabilityPages(), benchmark: benchmarkPages() };
const all = [...corpora.readability, ...corpora.benchmark];
const outcomes = new Map<BenchPage, Outcome>();
// Milliseconds per page, every run; the first run also warms V8 up, so the median is taken over all.
const times: Record<keyof typeof corpora, number[]> = { readability: [], benchmark: [] };
for (let run = 0; run < RUNS; run++) {
  for (const name of ['readability', 'benchmark'] as const) {
    for (const page of corpora[name]) {
      const started = performance.now();
      outcomes.set(page, extract(page));
      times[name].push(performance.now() - started);
    }
  }
}

report('Readability test pages', corpora.readability.map((p) => outcomes.get(p)!));
report('article-extraction-benchmark', corpora.benchmark.map((p) => outcomes.get(p)!));
report('overall', all.map((p) => outcomes.get(p)!));
const mb = (pages: BenchPage[]) => pages.reduce((n, p) => n + p.bytes.byteLength, 0) / 1e6;
const perSecond = (ms: number[]) => `${fmt(1000 / median(ms), 1)} pages/s (median ${fmt(median(ms), 1)} ms a page)`;
console.log(`speed over ${RUNS} runs, one thread: readability ${perSecond(times.readability)} on ${fmt(mb(corpora.readability), 1)} MB, ` +
  `benchmark ${perSecond(times.benchmark)} on ${fmt(mb(corpora.benchmark), 1)} MB, overall ${perSecond([...times.readability, ...times.benchmark])}`);
console.log('goals: title exact ≥ 0.90, body F1 ≥ 0.90');

if (process.argv.includes('--worst')) {
  const worst = [...outcomes.values()].sort((a, b) => a.wordF1 - b.wordF1).slice(0, 25);
  for (const o of worst) console.log(`  ${o.wordF1.toFixed(3)} ${o.page.corpus} ${o.page.name} ${o.error ?? ''}`);
}
