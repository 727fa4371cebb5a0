import { type BCubedScore, type StoryOptions, StoryIndex, scoreBCubed } from '../../packages/core/src/stories/index.js';
import type { LabelledArticle } from './dataset.js';
import { shuffle } from './order.js';

/** B-cubed scores, and how many stories, when the index is fed `articles` in the order fixed by `seed`. */
export function scoreClustering(
  articles: readonly LabelledArticle[],
  seed: number,
  options: Partial<StoryOptions> = {},
): BCubedScore & { stories: number } {
  const index = new StoryIndex(options);
  for (const article of shuffle(articles, seed)) index.add(article);
  const predicted = new Map(articles.map((a) => [a.id, index.storyOf(a.id)!]));
  const truth = new Map(articles.map((a) => [a.id, a.event]));
  return { ...scoreBCubed(predicted, truth), stories: new Set(predicted.values()).size };
}

/** The median of `values` (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
