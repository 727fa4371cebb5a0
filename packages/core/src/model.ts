import type { ArticleEnrichment } from './enrich/enrichment.js';

/** A block of article body text, in reading order. */
export interface Block {
  type: 'paragraph' | 'subheading';
  text: string;
}

/** What the input said about where an article comes from; null where it did not say. */
export interface ArticleSource {
  /** Publisher or outlet ("The Guardian"). The dateline text format never names one. */
  outlet: string | null;
  /** Normalised: a second identity, so the same page imported twice is stored once. */
  url: string | null;
  author: string | null;
  /** BCP 47 language tag as the input declared it ("en", "en-GB"). */
  language: string | null;
  /** True when the input held only a summary (a feed item without its full text). */
  summaryOnly: boolean;
}

/** An article as parsed from its source, before it is stored. */
export interface ParsedArticle extends Partial<ArticleSource> {
  /** Content-derived id: the same text always gives the same id. */
  id: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  title: string;
  /** True when the source had no title and `title` was derived from the lead. */
  titleInferred: boolean;
  blocks: Block[];
  /** Photo credit such as "AP" from an `Image: AP` line, or null. */
  credit: string | null;
  wordCount: number;
}

/** A stored article. */
export interface Article extends Omit<ParsedArticle, keyof ArticleSource>, ArticleSource {
  /** When it was first imported, ISO 8601. */
  importedAt: string;
  /** The story it belongs to; null until story placement has run after its import. */
  storyId: string | null;
  /** Quotes, entities, dates and cited sources; null for an article stored before enrichment that still waits for it. */
  enrichment: ArticleEnrichment | null;
}

/** What lists and search results show of an article. */
export interface ArticleSummary {
  id: string;
  date: string;
  title: string;
  titleInferred: boolean;
  wordCount: number;
  credit: string | null;
  outlet: string | null;
  summaryOnly: boolean;
  /** The start of the lead, at most about 200 characters, cut on a word boundary. */
  excerpt: string;
  /** The story it belongs to; null until story placement has run after its import. */
  storyId: string | null;
}

/** What lists show of a story: the articles about one event. */
export interface StorySummary {
  id: string;
  /** Generated from the articles' titles. */
  headline: string;
  firstDate: string;
  lastDate: string;
  articleCount: number;
}

/** A story with its articles, oldest first. */
export interface Story extends StorySummary {
  articles: (ArticleSummary & { duplicateOf: string | null })[];
}

/** One page of a keyset-paginated list. */
export interface Page<T> {
  items: T[];
  /** Opaque; pass back as `cursor` for the next page. Null on the last page. */
  nextCursor: string | null;
}

/** A ranked search hit. */
export interface SearchResult {
  article: ArticleSummary;
  /** HTML-safe: article text is escaped, matched terms are wrapped in <mark>…</mark>. */
  snippet: string;
  score: number;
}

/** One page of search results. */
export interface SearchPage {
  results: SearchResult[];
  nextCursor: string | null;
}
