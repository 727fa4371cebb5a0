/** How precise a resolved date is. */
export type Granularity = 'day' | 'week' | 'month' | 'year';

/** A date expression found in an article and the span of days it resolves to. */
export interface DateMention {
  /** The expression as written ("on Wednesday", "next week", "in December 2021"). */
  text: string;
  blockIndex: number;
  /** Article-wide sentence index (as splitArticle in text/sentences.ts numbers them). */
  sentenceIndex: number;
  /** Offsets of `text` in the block's text. */
  start: number;
  end: number;
  /** The resolved span, inclusive, YYYY-MM-DD; from === to for a day. */
  from: string;
  to: string;
  granularity: Granularity;
}

/** A date expression found in one text, its span as day numbers (see calendar.ts). */
export interface FoundDate {
  text: string;
  start: number;
  end: number;
  from: number;
  to: number;
  granularity: Granularity;
}
