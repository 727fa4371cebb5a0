// Enrichment quality on the hand-labelled set (bench/enrich/labels: 45 real articles): quotes with
// the right speaker, and entities, with precision, recall and F1; then enrichment speed per article.
// Run: npx -y pnpm@10 --filter @dateline/bench enrich
import { readdirSync, readFileSync } from 'node:fs';
import { enrichArticle, parseDateline } from '@dateline/core';
import { SHARED } from './corpus.js';
import { formatEntityScores, scoreEntities } from './enrich/entities.js';
import { loadLabelledArticles } from './enrich/labels.js';
import { formatQuoteScores, scoreQuotes } from './enrich/quotes.js';
import { fmt, median } from './stats.js';

const labelled = loadLabelledArticles();
console.log(`Labelled articles: ${labelled.length}\n`);
console.log(formatQuoteScores(scoreQuotes(labelled)));
console.log();
console.log(formatEntityScores(scoreEntities(labelled), 0));

// Speed: the whole of enrichArticle (quotes, entities, dates) over the Guardian corpus, as import runs it.
const dir = new URL('dateline/russia-ukraine-guardian/', SHARED);
const articles = readdirSync(dir).sort().map((name) => parseDateline(readFileSync(new URL(name, dir)), name));
for (const article of articles) enrichArticle(article);
const rounds: number[] = [];
for (let round = 0; round < 7; round++) {
  const started = performance.now();
  for (const article of articles) enrichArticle(article);
  rounds.push((performance.now() - started) / articles.length);
}
console.log(`\nenrichArticle on ${articles.length} Guardian articles: median ${fmt(median(rounds), 3)} ms per article over ${rounds.length} rounds (${fmt(1000 / median(rounds))} articles/s on one thread)`);
