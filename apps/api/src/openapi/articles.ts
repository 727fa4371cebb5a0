import { pageOf, ref, type JsonSchema } from './types.js';

const storyIdProperty: JsonSchema = {
  type: ['string', 'null'],
  description: 'The story the article belongs to; null while it waits to be placed in one after its import.',
};

// Schemas that extend others (a story's article) repeat these rather than use allOf, so each reads
// on its own and `additionalProperties: false` still holds.
/** The required properties of ArticleSummary. */
export const articleSummaryRequired = ['id', 'date', 'title', 'titleInferred', 'wordCount', 'credit', 'outlet', 'summaryOnly', 'excerpt', 'storyId'];

const outletProperty: JsonSchema = { type: ['string', 'null'], description: 'Publisher or outlet, when the input named one.' };
const summaryOnlyProperty: JsonSchema = { type: 'boolean', description: 'True when the input held only a summary (a feed item without its full text).' };

/** The properties of ArticleSummary. */
export const articleSummaryProperties: Record<string, JsonSchema> = {
  id: { type: 'string' },
  date: { type: 'string', format: 'date' },
  title: { type: 'string', description: 'Plain text, not HTML.' },
  titleInferred: { type: 'boolean' },
  wordCount: { type: 'integer', minimum: 0 },
  credit: { type: ['string', 'null'] },
  outlet: outletProperty,
  summaryOnly: summaryOnlyProperty,
  excerpt: { type: 'string', description: 'The start of the lead, about 200 characters at most; plain text.' },
  storyId: storyIdProperty,
};

/** The component schemas of articles and search results. */
export const articleSchemas: Record<string, JsonSchema> = {
  Block: {
    type: 'object',
    required: ['type', 'text'],
    additionalProperties: false,
    properties: {
      type: { type: 'string', enum: ['paragraph', 'subheading'] },
      text: { type: 'string', description: 'Plain text, not HTML.' },
    },
  },
  Article: {
    type: 'object',
    required: ['id', 'date', 'title', 'titleInferred', 'blocks', 'credit', 'wordCount', 'outlet', 'url', 'author', 'language', 'summaryOnly', 'importedAt', 'storyId', 'enrichment'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', description: 'Derived from the content: the same text always has the same id.' },
      date: { type: 'string', format: 'date', description: 'Publication date.' },
      title: { type: 'string', description: 'Plain text, not HTML.' },
      titleInferred: { type: 'boolean', description: 'True when the source had no title and it was taken from the lead.' },
      blocks: { type: 'array', items: ref('Block'), description: 'The body in reading order.' },
      credit: { type: ['string', 'null'], description: 'Photo credit such as "AP".' },
      wordCount: { type: 'integer', minimum: 0 },
      outlet: outletProperty,
      url: { type: ['string', 'null'], format: 'uri', description: 'The page it was published at, normalised (https, no tracking parameters); unique in the archive.' },
      author: { type: ['string', 'null'], description: 'Byline, when the input gave one.' },
      language: { type: ['string', 'null'], description: 'BCP 47 language tag, when the input declared one.' },
      summaryOnly: summaryOnlyProperty,
      importedAt: { type: 'string', format: 'date-time', description: 'When the article was first imported.' },
      storyId: storyIdProperty,
      enrichment: {
        anyOf: [ref('ArticleEnrichment'), { type: 'null' }],
        description: 'Quotes, entities, dates and cited sources; null for an article stored before enrichment that still waits for it.',
      },
    },
  },
  ArticleSummary: {
    type: 'object',
    required: articleSummaryRequired,
    additionalProperties: false,
    properties: articleSummaryProperties,
  },
  ArticlePage: pageOf('ArticleSummary'),
  SearchResult: {
    type: 'object',
    required: ['article', 'snippet', 'score'],
    additionalProperties: false,
    properties: {
      article: ref('ArticleSummary'),
      snippet: {
        type: 'string',
        description: 'HTML: article text is escaped and matched words are wrapped in `<mark>…</mark>`.',
      },
      score: { type: 'number', description: 'Relevance; higher is better. Only comparable within one query.' },
    },
  },
  SearchPage: {
    type: 'object',
    required: ['results', 'nextCursor'],
    additionalProperties: false,
    properties: {
      results: { type: 'array', items: ref('SearchResult') },
      nextCursor: { type: ['string', 'null'], description: 'Pass as `cursor` for the next page; null on the last.' },
    },
  },
};
