// Story comparison: speed on ten Guardian articles of 700–1,500 words compared as one story, and
// statement alignment quality on the hand-labelled pairs of compare/labels (compare/README.md).
// Run: npx tsx compare.ts [--review]   (--review lists the wrong and unlabelled shared pairs to look at)
import { compareStory } from '@dateline/core';
import { loadLabels, scoreStory, summarise, type AlignmentFigures, type PairToReview } from './compare/quality.js';
import { benchStories, guardianArticles, type BenchStory } from './compare/stories.js';
import { fmt, median } from './stats.js';

const articles = guardianArticles();
const words = articles.reduce((n, article) => n + article.wordCount, 0);
// Warm up first: V8 needs a few runs to optimise the hot loops.
for (let run = 0; run < 5; run++) compareStory(articles);
const times: number[] = [];
for (let run = 0; run < 21; run++) {
  const started = performance.now();
  compareStory(articles);
  times.push(performance.now() - started);
}
console.log(`compareStory: ${articles.length} articles, ${fmt(words)} words: median ${fmt(median(times), 1)} ms over ${times.length} runs (goal well under 50 ms)`);

const labels = loadLabels();
const review: PairToReview[] = [];
const scored = benchStories().map((story) => ({ story, counts: scoreStory(story, labels.get(story.name) ?? [], review) }));
const pct = (x: number) => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));
const line = (name: string, f: AlignmentFigures) =>
  `  ${name.padEnd(22)} precision ${pct(f.precision)}  recall ${pct(f.recall)}   shared pairs ${f.predicted} (right ${f.truePositives}, wrong ${f.falsePositives}, unlabelled ${f.unlabelled})` +
  `   labels ${f.labelledTrue} same / ${f.labelledFalse} different${f.stale > 0 ? `, ${f.stale} stale` : ''}`;

console.log('Shared statements on the labelled pairs (goal: precision ≥ 0.95):');
const corpora: [string, BenchStory['corpus'][]][] = [
  ['NewsWCL50 + seeds', ['newswcl50', 'seeds']],
  ['ECB+ (2 topics)', ['ecbplus']],
  ['Guardian (10 stories)', ['guardian']],
];
for (const [name, kinds] of corpora) console.log(line(name, summarise(scored.filter((s) => kinds.includes(s.story.corpus)).map((s) => s.counts))));
console.log(line('all', summarise(scored.map((s) => s.counts))));

if (process.argv.includes('--review')) {
  for (const pair of review) console.log(`\n${pair.kind} (${pair.story}) ${pair.a.id} ${pair.b.id}\n  ${pair.a.text}\n  ${pair.b.text}`);
} else if (review.length > 0) {
  console.log(`  ${review.length} wrong or unlabelled pairs: --review lists them`);
}
