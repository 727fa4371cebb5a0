import { extractDates, type DateMention } from '../dates/index.js';
import { entitiesInReading, type ArticleEntity } from '../entities/index.js';
import type { Block } from '../model.js';
import type { Quote } from '../text/index.js';
import { citedSourcesInReading, quotesInReading } from '../text/index.js';
import { readArticle } from '../text/reading.js';
import { speakerKeys } from './speaker-key.js';

/** The extractors' generation: raise it when they change, and a migration queues stored articles to be enriched again. */
export const ENRICHMENT_VERSION = 1;

/** A quote with its speaker's entity, when the article names the speaker as one. */
export interface EnrichedQuote extends Quote {
  speakerKey: string | null;
}

/** What Dateline understands of one article beyond its text. */
export interface ArticleEnrichment {
  quotes: EnrichedQuote[];
  entities: ArticleEntity[];
  /** Date expressions resolved against the article's date, in reading order. */
  dates: DateMention[];
  /** Outlets and agencies the article credits ("according to Sputnik"), distinct, in order of first citation. */
  citedSources: string[];
}

/** Quotes, entities, dates and cited sources of an article. Pure: runs in import workers. */
export function enrichArticle(article: { blocks: readonly Block[]; date: string }): ArticleEnrichment {
  // One reading (sentences, tokens, names) serves every extractor.
  const reading = readArticle(article.blocks);
  const entities = entitiesInReading(reading);
  const keyOf = speakerKeys(entities);
  const quotes = quotesInReading(reading).map((quote) => ({ ...quote, speakerKey: keyOf(quote.speaker) }));
  const citedSources = citedSourcesInReading(reading).map((source) => source.name);
  return { quotes, entities, dates: extractDates(article.blocks, article.date, reading.sentences), citedSources };
}
