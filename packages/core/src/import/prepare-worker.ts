import { workClaims, type Claimed } from './claims.js';
import { prepareChunk, type PreparedArticle } from './prepare.js';
import type { ImportInput, Rejection } from './import.js';
import { analyzeArticles, type ArticleAnalysis, type StoryArticle } from '../stories/features.js';
import type { TermWeights } from '../stories/terms.js';

// The worker threads' entry points: piscina calls them by name with a whole batch and the
// counter its threads share; each call takes chunks of the batch until none is left.

/** Shared work: import inputs prepared by prepareChunk. */
export function prepareClaims(task: { items: ImportInput[]; counter: SharedArrayBuffer; size: number; enrich: boolean }, most?: number): Claimed<PreparedArticle | Rejection>[] {
  return workClaims(task.items, task.counter, task.size, (inputs) => prepareChunk({ inputs, enrich: task.enrich }), most);
}

/** Shared work: articles analysed for story placement. */
export function analyzeClaims(task: { items: StoryArticle[]; counter: SharedArrayBuffer; size: number; weights: TermWeights }, most?: number): Claimed<ArticleAnalysis>[] {
  return workClaims(task.items, task.counter, task.size, (articles) => analyzeArticles({ articles, weights: task.weights }), most);
}
