// Story clustering bench: B-cubed quality on labelled corpora, the seed articles, and speed.
//   npx tsx stories.ts                       ECB+, NewsWCL50, seeds, 100,000-article speed run
//   npx tsx stories.ts --file x.jsonl --event-field event --text-field body [--date-field date]
//        [--title-field title] [--id-field id] [--orders 10] [--skip-speed]
//   --orders N: input orders per set (F1 for orders 1 and 2, then median and worst); --speed-articles N
//   (100000) and --speed-runs N (1, the median is printed) size the speed run
//   node --expose-gc --import tsx stories.ts  for heap figures after a collection
import { parseArgs } from 'node:util';
import { type Fields, type LabelledArticle, loadDataset } from './stories/dataset.js';
import { median, scoreClustering } from './stories/quality.js';
import { checkSeeds } from './stories/seeds.js';
import { measureSpeed, reutersStories } from './stories/speed.js';

const JSONL = new URL('../../shared/corpora/jsonl/', import.meta.url);

const { values: args } = parseArgs({
  options: {
    file: { type: 'string' },
    'event-field': { type: 'string', default: 'event' },
    'text-field': { type: 'string', default: 'text' },
    'date-field': { type: 'string' },
    'title-field': { type: 'string' },
    'id-field': { type: 'string' },
    orders: { type: 'string', default: '10' },
    'speed-articles': { type: 'string', default: '100000' },
    'speed-runs': { type: 'string', default: '1' },
    'skip-speed': { type: 'boolean', default: false },
  },
});
const orders = Math.max(2, Number(args.orders));

const pct = (x: number) => x.toFixed(3);

/** Prints B-cubed P/R/F1 for input orders 1 and 2, and the median and worst over `orders` orders. */
function report(name: string, articles: LabelledArticle[]): void {
  const runs = Array.from({ length: orders }, (_, i) => scoreClustering(articles, i + 1));
  const events = new Set(articles.map((a) => a.event)).size;
  console.log(`${name}: ${articles.length} articles, ${events} events`);
  for (const [i, run] of runs.slice(0, 2).entries()) {
    console.log(`  order ${i + 1}: P ${pct(run.precision)}  R ${pct(run.recall)}  F1 ${pct(run.f1)}  (${run.stories} stories)`);
  }
  const f1s = runs.map((r) => r.f1);
  console.log(
    `  median of ${orders} orders: P ${pct(median(runs.map((r) => r.precision)))}  R ${pct(median(runs.map((r) => r.recall)))}` +
      `  F1 ${pct(median(f1s))}  (worst F1 ${pct(Math.min(...f1s))}, best ${pct(Math.max(...f1s))})`,
  );
}

if (args.file) {
  const fields: Fields = {
    event: args['event-field'],
    text: args['text-field'],
    date: args['date-field'],
    title: args['title-field'],
    id: args['id-field'],
  };
  report(args.file, loadDataset(args.file, fields));
} else {
  report('ECB+ (no dates)', loadDataset(new URL('ecbplus_docs.jsonl', JSONL), { event: 'event_cluster', text: 'text', title: 'title' }));
  report(
    'ECB+ (date_text where given)',
    loadDataset(new URL('ecbplus_docs.jsonl', JSONL), { event: 'event_cluster', text: 'text', title: 'title', date: 'date_text' }),
  );
  report('NewsWCL50', loadDataset(new URL('newswcl50.jsonl', JSONL), { event: 'event_id', text: 'body', date: 'date_from_url' }));

  const seeds = Array.from({ length: orders }, (_, i) => checkSeeds(i + 1));
  console.log(`Seeds (with ${seeds[0]!.distractors} Guardian/NYT articles on Lavrov or Blinken, re-dated to 2022-01-21):`);
  for (const [i, check] of seeds.slice(0, 2).entries()) {
    console.log(
      `  order ${i + 1}: seeds in one story: ${check.seedsTogether ? 'yes' : 'NO'}; distractors joining it: ${check.intruders.length}` +
        `${check.intruders.length ? ` (${check.intruders.join(', ')})` : ''}; distractors form ${check.distractorStories} stories`,
    );
  }
  const intruded = seeds.filter((check) => check.intruders.length > 0);
  console.log(
    `  over ${orders} orders: seeds together in ${seeds.filter((c) => c.seedsTogether).length}; ` +
      `a distractor joined them in ${intruded.length}` +
      (intruded.length ? ` (${[...new Set(intruded.flatMap((c) => c.intruders))].join(', ')})` : ''),
  );

  if (!args['skip-speed']) {
    const count = Number(args['speed-articles']);
    const stories = reutersStories(new URL('reuters21578.jsonl', JSONL));
    const runs = Array.from({ length: Math.max(1, Number(args['speed-runs'])) }, () => measureSpeed(count, stories));
    const rate = median(runs.map((r) => r.perSecond));
    // Memory from the first run: a fresh process, before earlier runs' garbage can blur it.
    const last = runs[0]!;
    console.log(`Speed: ${count} Reuters-based articles over 20 years, added one at a time (median of ${runs.length} run(s))`);
    console.log(`  ${Math.round(rate)} articles/s; mean candidates scored per article ${last.meanCandidates.toFixed(1)}; ${last.stories} stories`);
    console.log(
      `  heap + typed arrays: before ${last.baseHeapMb.toFixed(0)} MB, peak ${last.peakHeapMb.toFixed(0)} MB, ` +
        `index after the run ${last.indexHeapMb.toFixed(0)} MB (${((last.indexHeapMb * 2 ** 20) / last.articles).toFixed(0)} bytes/article, ` +
        `inverted index ${(last.postingBytes / 2 ** 20).toFixed(0)} MB)` +
        (globalThis.gc ? '' : ' [run with node --expose-gc --import tsx for figures after a collection]'),
    );
  }
}
