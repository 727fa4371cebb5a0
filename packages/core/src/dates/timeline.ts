import type { Block } from '../model.js';
import { splitArticle, type Sentence } from '../text/sentences.js';
import { extractDates } from './extract.js';
import type { DateMention, Granularity } from './mention.js';

/** One dated event: the sentence that dates it, and when. */
export interface TimelineEntry {
  from: string;
  to: string;
  granularity: Granularity;
  sentenceIndex: number;
  blockIndex: number;
  sentence: string;
  /** The date expression as written in the sentence. */
  expression: string;
}

const PRECISION: Record<Granularity, number> = { day: 0, week: 1, month: 2, year: 3 };

/**
 * One entry per dated sentence of an article, dated by its most specific expression (the first of
 * equals), ordered by date (from, then to) and, on the same dates, by reading order.
 */
export function articleTimeline(blocks: readonly Block[], articleDate: string, sentences?: readonly Sentence[]): TimelineEntry[] {
  const split = sentences ?? splitArticle(blocks);
  const bySentence = new Map<number, DateMention>();
  for (const mention of extractDates(blocks, articleDate, split)) {
    const best = bySentence.get(mention.sentenceIndex);
    if (!best || PRECISION[mention.granularity] < PRECISION[best.granularity]) bySentence.set(mention.sentenceIndex, mention);
  }
  const entries = [...bySentence.values()].map((mention) => ({
    from: mention.from,
    to: mention.to,
    granularity: mention.granularity,
    sentenceIndex: mention.sentenceIndex,
    blockIndex: mention.blockIndex,
    sentence: split[mention.sentenceIndex]?.text ?? '',
    expression: mention.text,
  }));
  // Map order is reading order, and sort is stable, so equal dates keep it.
  return entries.sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
