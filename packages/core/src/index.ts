export type { Article, ArticleSummary, Block, Page, ParsedArticle, SearchPage, SearchResult, Story, StorySummary } from './model.js';
export { MAX_ARTICLE_BYTES, parseDateline } from './parse/dateline.js';
export { ParseError } from './parse/errors.js';
export { InvalidCursorError } from './errors.js';
export { openStore, storeConfigFromEnv, type Db, type Store, type StoreConfig } from './db/open.js';
export { shareStore, sharedStore } from './db/shared.js';
export { countArticles, getArticle, getNeighbours, insertArticles, listArticles, streamArticles } from './db/articles.js';
export { searchArticles, RANK_WINDOW } from './search/search.js';
export { parseSearchQuery, type QueryTerm, type SearchQuery } from './search/query.js';
export {
  articleListParams,
  entitySearchParams,
  isCalendarDate,
  pageParams,
  quoteListParams,
  searchParams,
  storyListParams,
  type ArticleListParams,
  type EntitySearchParams,
  type PageParams,
  type QuoteListParams,
  type SearchParams,
  type StoryListParams,
} from './params.js';
export { DEFAULT_IMPORT_WORKERS } from './import/prepare-pool.js';
export { importArticles, type ImportInput, type ImportOptions, type ImportProgress, type ImportSummary, type Rejection } from './import/import.js';
export { describeFsError, findArticleFiles, readImportInputs, type ImportSource } from './import/files.js';
export { articleToJson, exportCsv, exportJsonl } from './export.js';
export { COMPARED_ARTICLES, comparedArticleOf, getStory, getStoryComparison, getStorySummaries, listStories } from './db/stories.js';
export { countQueuedArticles, placeQueuedArticles, type PlacementOptions, type PlacementSummary } from './db/story-placement.js';
export { compareStory, newSince, type ArticleText, type Discrepancy, type Statement, type StatementGroup, type StoryComparison, type StoryQuote, type Wording } from './compare/index.js';
export { citedSources, extractQuotes, splitArticle, splitSentences, type CitedSource, type Quote, type Sentence } from './text/index.js';
export { enrichArticle, ENRICHMENT_VERSION, type ArticleEnrichment, type EnrichedQuote } from './enrich/enrichment.js';
export { countArticlesToEnrich, enrichQueuedArticles, type EnrichQueueOptions } from './db/enrichment-queue.js';
export { getEntity, isEntityKey, searchEntities, type EntityProfile, type EntitySummary } from './db/entities.js';
export { listQuotes, type QuoteSummary } from './db/quotes.js';
export { getStoryTimeline, type TimelineEvent } from './db/timelines.js';
export { entityKey, extractEntities, type ArticleEntity, type EntityKind, type EntityMention } from './entities/index.js';
export { articleTimeline, extractDates, type DateMention, type TimelineEntry } from './dates/index.js';
export { finishImportRun, getImportRun, listImportRuns, startImportRun, type ImportRejection, type ImportRun, type ImportRunStatus } from './db/import-runs.js';
export { normalizeUrl } from './parse/url.js';
export { publishedDay } from './parse/published.js';
export { articleFromRecord } from './parse/record.js';
export type { ArticleSource } from './model.js';
export type { ArticleRecord, InputLocation, RecordResult } from './formats/record.js';
export { readImportSources, streamInputs, STDIN_ARG, STDIN_PATH, type SourceOptions } from './import/sources.js';
export { parseFieldMap, FieldMapError, type FieldMap } from './formats/fields.js';
export { detectFormat, type Format } from './formats/detect.js';
export { extractHtmlArticle } from './formats/html/extract.js';
