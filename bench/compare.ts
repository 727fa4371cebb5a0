// Story comparison speed: ten Guardian articles of 700–1,500 words compared as one story.
// Run: npx -y pnpm@10 --filter @dateline/bench compare
import { readdirSync, readFileSync } from 'node:fs';
import { compareStory, parseDateline } from '@dateline/core';
import { SHARED } from './corpus.js';
import { fmt, median } from './stats.js';

const dir = new URL('dateline/russia-ukraine-guardian/', SHARED);
const articles = readdirSync(dir)
  .sort()
  .map((name) => parseDateline(readFileSync(new URL(name, dir)), name))
  .filter((article) => article.wordCount >= 700 && article.wordCount <= 1500)
  .slice(0, 10);
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
