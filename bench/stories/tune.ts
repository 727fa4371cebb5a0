// Compares option sets on ECB+ and NewsWCL50 over many input orders: how the defaults were chosen.
//   npx tsx stories/tune.ts '[{}, {"joinThreshold": 0.28}, {"weights": {"lead": 0}}]' [orders=20]
import type { StoryOptions } from '../../packages/core/src/stories/index.js';
import { loadDataset } from './dataset.js';
import { median, scoreClustering } from './quality.js';

const JSONL = new URL('../../../shared/corpora/jsonl/', import.meta.url);
const sets = {
  'ECB+': loadDataset(new URL('ecbplus_docs.jsonl', JSONL), { event: 'event_cluster', text: 'text', title: 'title' }),
  NewsWCL50: loadDataset(new URL('newswcl50.jsonl', JSONL), { event: 'event_id', text: 'body', date: 'date_from_url' }),
};
const grid = JSON.parse(process.argv[2] ?? '[{}]') as Partial<StoryOptions>[];
const orders = Number(process.argv[3] ?? 20);

for (const options of grid) {
  const cells = Object.entries(sets).map(([name, articles]) => {
    const f1 = Array.from({ length: orders }, (_, i) => scoreClustering(articles, i + 1, options).f1);
    const mean = f1.reduce((a, b) => a + b, 0) / f1.length;
    return `${name} F1 mean ${mean.toFixed(3)} median ${median(f1).toFixed(3)} worst ${Math.min(...f1).toFixed(3)}`;
  });
  console.log(JSON.stringify(options), '|', cells.join(' | '));
}
