import type { Change } from 'diff';
import type { ParsedArticle } from '../model.js';
import type { Quote } from '../text/quotes.js';

/** What a story comparison needs of an article. */
export type ArticleText = Pick<ParsedArticle, 'id' | 'blocks'> & { date?: string };

/** One body sentence of an article, citable by `id`. */
export interface Statement {
  /** Stable: derived from the article's id and the sentence's text, so a re-import keeps it. */
  id: string;
  articleId: string;
  /** Article-wide sentence index (see splitArticle). */
  sentenceIndex: number;
  blockIndex: number;
  /** Offsets in the block's text. */
  start: number;
  end: number;
  text: string;
}

/** Sentences of different articles that state the same thing, at most one per article. */
export interface StatementGroup {
  /** The smallest member id: stable while the members are. */
  id: string;
  /** The articles that carry it, in story order. */
  articleIds: string[];
  /** Carried by every article of the story, by several, or by one only. */
  coverage: 'all' | 'several' | 'one';
  /** Each carrying article's sentence, in story order. */
  statements: Statement[];
}

/** A quote of one article of the story, citable by `id`. */
export interface StoryQuote extends Quote {
  /** Stable: derived from the article's id, the kind and the quoted text. */
  id: string;
  articleId: string;
}

/** One side of a discrepancy: what an article puts in the speaker's mouth. */
export interface Wording {
  articleId: string;
  quoteId: string;
  /** The compared words as the article prints them, quote marks included: "on a ‘clearer path’ to understanding". */
  text: string;
  blockIndex: number;
  /** Offsets of `text` in the block's text. */
  start: number;
  end: number;
}

/** Two articles quoting one statement by one speaker in different words. */
export interface Discrepancy {
  /** Stable: derived from the two quote ids. */
  id: string;
  speaker: string;
  /** The earlier article's wording in story order, then the later's. */
  a: Wording;
  b: Wording;
  /** Word-level diff from a's words to b's, quote marks and case aside (jsdiff `diffWords`). */
  diff: Change[];
}

/** How the articles of a story compare. */
export interface StoryComparison {
  /** The story's articles in story order: by date, then id. */
  articleIds: string[];
  /** Every body sentence of the story in one group, ordered by the first article carrying it, then by its place there. */
  statements: StatementGroup[];
  quotes: StoryQuote[];
  discrepancies: Discrepancy[];
}
