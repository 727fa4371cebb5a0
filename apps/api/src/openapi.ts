import { INVALID_PARAMETERS_TYPE, PROBLEM_MEDIA_TYPE } from './problem.js';

/** The part of JSON Schema 2020-12 that this document uses, as OpenAPI 3.1 schema objects allow it. */
export interface JsonSchema {
  $ref?: string;
  type?: JsonType | JsonType[];
  format?: string;
  description?: string;
  enum?: string[];
  const?: string;
  default?: string | number;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  examples?: unknown[];
}

type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

/** An OpenAPI 3.1 parameter object; this API takes parameters in the path and the query only. */
export interface ParameterObject {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  description: string;
  schema: JsonSchema;
}

/** An OpenAPI 3.1 response object, or a reference to one in components. */
export type ResponseObject =
  | { $ref: string }
  | {
      description: string;
      headers?: Record<string, { description: string; schema: JsonSchema }>;
      content?: Record<string, { schema: JsonSchema }>;
    };

/** An OpenAPI 3.1 operation object. */
export interface OperationObject {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters: ParameterObject[];
  responses: Record<string, ResponseObject>;
}

/** The HTTP methods an OpenAPI path item may describe. */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** An OpenAPI 3.1 document, narrowed to what this API describes. */
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  paths: Record<string, Partial<Record<HttpMethod, OperationObject>>>;
  components: { schemas: Record<string, JsonSchema>; responses: Record<string, ResponseObject> };
}

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ 'application/json': { schema } });

// Parameters appear inline in every operation that takes them, so each operation reads on its own.
const from: ParameterObject = {
  name: 'from',
  in: 'query',
  required: false,
  description: 'Only articles published on or after this date. An empty value means no bound.',
  schema: { type: 'string', format: 'date', examples: ['2022-01-21'] },
};
const to: ParameterObject = {
  name: 'to',
  in: 'query',
  required: false,
  description: 'Only articles published on or before this date; must not be before `from`.',
  schema: { type: 'string', format: 'date', examples: ['2022-08-31'] },
};
const limit: ParameterObject = {
  name: 'limit',
  in: 'query',
  required: false,
  description: 'Page size.',
  schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
};
const cursor: ParameterObject = {
  name: 'cursor',
  in: 'query',
  required: false,
  description: 'The `nextCursor` of the previous page, passed back unchanged; absent for the first page.',
  schema: { type: 'string', maxLength: 200 },
};
const q: ParameterObject = {
  name: 'q',
  in: 'query',
  required: true,
  description:
    'Search words. `"a phrase"` matches words in order, `a OR b` either word, `-word` excludes, ' +
    '`title:word` (or `intitle:word`) matches in the title only.',
  schema: { type: 'string', minLength: 1, maxLength: 500, examples: ['Lavrov -Blinken', '"foreign minister"'] },
};
const id: ParameterObject = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The article id, as lists and search results give it.',
  schema: { type: 'string' },
};

const storyFrom: ParameterObject = {
  ...from,
  description: 'Only stories with an article published on or after this date. An empty value means no bound.',
};
const storyTo: ParameterObject = {
  ...to,
  description: 'Only stories with an article published on or before this date; must not be before `from`.',
};
const storyId: ParameterObject = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The story id, as story lists and articles (`storyId`) give it.',
  schema: { type: 'string' },
};
const since: ParameterObject = {
  name: 'since',
  in: 'query',
  required: false,
  description:
    'An article of this story: `comparison.statements` then holds only the statement groups a reader of that article ' +
    'has not seen (those it does not carry). A version of an article counts as its original. An empty value means absent.',
  schema: { type: 'string', examples: ['6cb91af70096c4b4'] },
};

// Schemas that extend others (a story's article, a story) repeat the properties rather than use
// allOf, so each reads on its own and `additionalProperties: false` still holds.
const storyIdProperty: JsonSchema = {
  type: ['string', 'null'],
  description: 'The story the article belongs to; null while it waits to be placed in one after its import.',
};
const articleSummaryRequired = ['id', 'date', 'title', 'titleInferred', 'wordCount', 'credit', 'excerpt', 'storyId'];
const articleSummaryProperties: Record<string, JsonSchema> = {
  id: { type: 'string' },
  date: { type: 'string', format: 'date' },
  title: { type: 'string', description: 'Plain text, not HTML.' },
  titleInferred: { type: 'boolean' },
  wordCount: { type: 'integer', minimum: 0 },
  credit: { type: ['string', 'null'] },
  excerpt: { type: 'string', description: 'The start of the lead, about 200 characters at most; plain text.' },
  storyId: storyIdProperty,
};
const storySummaryRequired = ['id', 'headline', 'firstDate', 'lastDate', 'articleCount'];
const storySummaryProperties: Record<string, JsonSchema> = {
  id: { type: 'string' },
  headline: { type: 'string', description: "Generated from the articles' titles; plain text." },
  firstDate: { type: 'string', format: 'date', description: 'The date of its oldest article.' },
  lastDate: { type: 'string', format: 'date', description: 'The date of its newest article.' },
  articleCount: { type: 'integer', minimum: 1 },
};
const blockRangeProperties: Record<string, JsonSchema> = {
  blockIndex: { type: 'integer', minimum: 0, description: "Index in the article's `blocks`." },
  start: { type: 'integer', minimum: 0, description: "Offset of `text` in the block's text (UTF-16 code units)." },
  end: { type: 'integer', minimum: 0 },
};

const invalid = { $ref: '#/components/responses/InvalidParameters' };
const problem = { $ref: '#/components/responses/Problem' };

/** The OpenAPI 3.1 description of every route createApp serves. */
export const openApiDocument: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Dateline API',
    version: '0.1.0',
    description:
      'Read-only JSON access to an open news archive. Every error is RFC 9457 problem details ' +
      '(`application/problem+json`). Lists are keyset-paginated: pass `nextCursor` back as `cursor` until it is null.',
  },
  paths: {
    '/api/articles': {
      get: {
        operationId: 'listArticles',
        summary: 'List articles, newest first',
        tags: ['articles'],
        parameters: [from, to, limit, cursor],
        responses: {
          '200': { description: 'One page of article summaries.', content: json(ref('ArticlePage')) },
          '400': invalid,
          default: problem,
        },
      },
    },
    '/api/articles/{id}': {
      get: {
        operationId: 'getArticle',
        summary: 'Get one article in full',
        tags: ['articles'],
        parameters: [id],
        responses: {
          '200': { description: 'The article.', content: json(ref('Article')) },
          '404': { $ref: '#/components/responses/NotFound' },
          default: problem,
        },
      },
    },
    '/api/search': {
      get: {
        operationId: 'searchArticles',
        summary: 'Search articles, best match first',
        tags: ['search'],
        parameters: [q, from, to, limit, cursor],
        responses: {
          '200': { description: 'One page of ranked results.', content: json(ref('SearchPage')) },
          '400': invalid,
          default: problem,
        },
      },
    },
    '/api/stories': {
      get: {
        operationId: 'listStories',
        summary: 'List stories, latest activity first',
        description: 'A story is the articles about one event. Ordered by the date of its newest article, then id, descending.',
        tags: ['stories'],
        parameters: [storyFrom, storyTo, limit, cursor],
        responses: {
          '200': { description: 'One page of story summaries.', content: json(ref('StoryPage')) },
          '400': invalid,
          default: problem,
        },
      },
    },
    '/api/stories/{id}': {
      get: {
        operationId: 'getStory',
        summary: 'Get one story with its articles and how they compare',
        description:
          'The articles oldest first, then the comparison of the earliest ones (versions of one article count once): ' +
          'statement groups with the sentence each carrying article prints, quotes, and discrepancies between wordings ' +
          'of one speaker. Statement, quote and discrepancy ids are derived from content and survive re-imports.',
        tags: ['stories'],
        parameters: [storyId, since],
        responses: {
          '200': { description: 'The story.', content: json(ref('Story')) },
          '400': invalid,
          '404': { $ref: '#/components/responses/StoryNotFound' },
          default: problem,
        },
      },
    },
    '/api/health': {
      get: {
        operationId: 'getHealth',
        summary: 'Check that the API and its store answer',
        tags: ['meta'],
        parameters: [],
        responses: {
          '200': { description: 'The API and its store answer.', content: json(ref('Health')) },
          '503': {
            description: 'The store does not answer.',
            content: { [PROBLEM_MEDIA_TYPE]: { schema: ref('Problem') } },
          },
          default: problem,
        },
      },
    },
    '/api/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This document',
        tags: ['meta'],
        parameters: [],
        responses: {
          '200': { description: 'The OpenAPI 3.1 document.', content: json({ type: 'object' }) },
          default: problem,
        },
      },
    },
  },
  components: {
    schemas: {
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
        required: ['id', 'date', 'title', 'titleInferred', 'blocks', 'credit', 'wordCount', 'importedAt', 'storyId'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', description: 'Derived from the content: the same text always has the same id.' },
          date: { type: 'string', format: 'date', description: 'Publication date.' },
          title: { type: 'string', description: 'Plain text, not HTML.' },
          titleInferred: { type: 'boolean', description: 'True when the source had no title and it was taken from the lead.' },
          blocks: { type: 'array', items: ref('Block'), description: 'The body in reading order.' },
          credit: { type: ['string', 'null'], description: 'Photo credit such as "AP".' },
          wordCount: { type: 'integer', minimum: 0 },
          importedAt: { type: 'string', format: 'date-time', description: 'When the article was first imported.' },
          storyId: storyIdProperty,
        },
      },
      ArticleSummary: {
        type: 'object',
        required: articleSummaryRequired,
        additionalProperties: false,
        properties: articleSummaryProperties,
      },
      ArticlePage: {
        type: 'object',
        required: ['items', 'nextCursor'],
        additionalProperties: false,
        properties: {
          items: { type: 'array', items: ref('ArticleSummary') },
          nextCursor: { type: ['string', 'null'], description: 'Pass as `cursor` for the next page; null on the last.' },
        },
      },
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
      StorySummary: {
        type: 'object',
        required: storySummaryRequired,
        additionalProperties: false,
        properties: storySummaryProperties,
      },
      StoryPage: {
        type: 'object',
        required: ['items', 'nextCursor'],
        additionalProperties: false,
        properties: {
          items: { type: 'array', items: ref('StorySummary') },
          nextCursor: { type: ['string', 'null'], description: 'Pass as `cursor` for the next page; null on the last.' },
        },
      },
      StoryArticle: {
        type: 'object',
        description: 'An article summary with the article it is a version of.',
        required: [...articleSummaryRequired, 'duplicateOf'],
        additionalProperties: false,
        properties: {
          ...articleSummaryProperties,
          duplicateOf: {
            type: ['string', 'null'],
            description: 'The id of the article of this story that this one is a version of (the same text lightly edited), else null.',
          },
        },
      },
      Story: {
        type: 'object',
        required: [...storySummaryRequired, 'articles', 'comparison'],
        additionalProperties: false,
        properties: {
          ...storySummaryProperties,
          articles: { type: 'array', items: ref('StoryArticle'), description: 'Oldest first (date, then id).' },
          comparison: ref('StoryComparison'),
        },
      },
      StoryComparison: {
        type: 'object',
        required: ['since', 'articleIds', 'statements', 'quotes', 'discrepancies'],
        additionalProperties: false,
        properties: {
          since: {
            type: ['string', 'null'],
            description: 'The `since` article: `statements` then holds only the groups it does not carry. Null otherwise.',
          },
          articleIds: {
            type: 'array',
            items: { type: 'string' },
            description: 'The compared articles in story order (date, then id): the earliest ones, versions of one article counted once.',
          },
          statements: {
            type: 'array',
            items: ref('StatementGroup'),
            description: 'Every body sentence in one group, ordered by the first article carrying it, then by its place there.',
          },
          quotes: { type: 'array', items: ref('StoryQuote'), description: 'Every quote of the compared articles, in story order.' },
          discrepancies: { type: 'array', items: ref('Discrepancy') },
        },
      },
      StatementGroup: {
        type: 'object',
        description: 'Sentences of different articles that state the same thing, at most one per article.',
        required: ['id', 'articleIds', 'coverage', 'statements'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', description: 'The smallest member id: stable while the members are.' },
          articleIds: { type: 'array', items: { type: 'string' }, description: 'The articles that carry it, in story order.' },
          coverage: {
            type: 'string',
            enum: ['all', 'several', 'one'],
            description: 'Carried by every compared article, by several, or by one only.',
          },
          statements: { type: 'array', items: ref('Statement'), description: "Each carrying article's sentence, in story order." },
        },
      },
      Statement: {
        type: 'object',
        description: 'One body sentence of an article.',
        required: ['id', 'articleId', 'sentenceIndex', 'blockIndex', 'start', 'end', 'text'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', description: "Derived from the article id and the sentence's text: a stable citation." },
          articleId: { type: 'string' },
          sentenceIndex: { type: 'integer', minimum: 0, description: 'Article-wide sentence index.' },
          ...blockRangeProperties,
          text: { type: 'string', description: 'Plain text, not HTML.' },
        },
      },
      StoryQuote: {
        type: 'object',
        description: "Words an article puts in someone's mouth: quoted directly, or reported (\"X said that …\").",
        required: [
          'id',
          'articleId',
          'text',
          'speaker',
          'speakerRole',
          'citedSource',
          'kind',
          'sentenceIndex',
          'lastSentenceIndex',
          'blockIndex',
          'start',
          'end',
        ],
        additionalProperties: false,
        properties: {
          id: { type: 'string', description: 'Derived from the article id, the kind and the quoted text: a stable citation.' },
          articleId: { type: 'string' },
          text: { type: 'string', description: 'The quoted words without their marks, or the reported clause.' },
          speaker: { type: ['string', 'null'], description: 'A surname, an organisation or an unresolved role; null when the text names nobody.' },
          speakerRole: { type: ['string', 'null'], description: "The speaker's title as written, when the text gives one." },
          citedSource: { type: ['string', 'null'], description: 'Whom the article credits for the report ("According to Sputnik, …").' },
          kind: { type: 'string', enum: ['direct', 'reported'] },
          sentenceIndex: { type: 'integer', minimum: 0, description: 'The sentence the quote starts in.' },
          lastSentenceIndex: { type: 'integer', minimum: 0, description: 'The sentence it ends in.' },
          ...blockRangeProperties,
        },
      },
      Wording: {
        type: 'object',
        description: "One side of a discrepancy: what an article puts in the speaker's mouth.",
        required: ['articleId', 'quoteId', 'text', 'blockIndex', 'start', 'end'],
        additionalProperties: false,
        properties: {
          articleId: { type: 'string' },
          quoteId: { type: 'string', description: 'The StoryQuote it comes from.' },
          text: { type: 'string', description: 'The compared words as the article prints them, quote marks included.' },
          ...blockRangeProperties,
        },
      },
      DiffPart: {
        type: 'object',
        description: 'A run of words of a word diff (jsdiff `diffWords`): in both wordings, only in `a` (removed) or only in `b` (added).',
        required: ['value', 'added', 'removed', 'count'],
        additionalProperties: false,
        properties: {
          value: { type: 'string' },
          added: { type: 'boolean' },
          removed: { type: 'boolean' },
          count: { type: 'integer', minimum: 0, description: 'How many tokens (words and the spaces between them) the run holds.' },
        },
      },
      Discrepancy: {
        type: 'object',
        description: 'Two articles quoting one statement by one speaker in different words.',
        required: ['id', 'speaker', 'a', 'b', 'diff'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', description: 'Derived from the two quote ids: a stable citation.' },
          speaker: { type: 'string' },
          a: { ...ref('Wording'), description: 'The earlier article in story order.' },
          b: { ...ref('Wording'), description: 'The later article in story order.' },
          diff: {
            type: 'array',
            items: ref('DiffPart'),
            description: "From a's words to b's, quote marks and case aside.",
          },
        },
      },
      Health: {
        type: 'object',
        required: ['status', 'articles', 'store'],
        additionalProperties: false,
        properties: {
          status: { type: 'string', const: 'ok' },
          articles: { type: 'integer', minimum: 0, description: 'How many articles the store holds.' },
          store: { type: 'string', enum: ['pglite', 'postgres'] },
        },
      },
      ParameterError: {
        type: 'object',
        required: ['name', 'reason'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', description: 'The rejected parameter.' },
          reason: { type: 'string' },
        },
      },
      Problem: {
        type: 'object',
        description: 'RFC 9457 problem details.',
        required: ['type', 'title', 'status', 'detail', 'instance'],
        properties: {
          type: {
            type: 'string',
            format: 'uri-reference',
            description: `\`about:blank\` when the status says it all; \`${INVALID_PARAMETERS_TYPE}\` when \`errors\` lists rejected parameters.`,
          },
          title: { type: 'string' },
          status: { type: 'integer', minimum: 400, maximum: 599 },
          detail: { type: 'string' },
          instance: { type: 'string', format: 'uri-reference', description: 'The request path and query.' },
          errors: { type: 'array', items: ref('ParameterError') },
        },
      },
    },
    responses: {
      InvalidParameters: {
        description: 'A parameter is missing, malformed or out of range, or the cursor does not decode; `errors` names each.',
        content: { [PROBLEM_MEDIA_TYPE]: { schema: ref('Problem') } },
      },
      NotFound: {
        description: 'No article has this id.',
        content: { [PROBLEM_MEDIA_TYPE]: { schema: ref('Problem') } },
      },
      StoryNotFound: {
        description: 'No story has this id.',
        content: { [PROBLEM_MEDIA_TYPE]: { schema: ref('Problem') } },
      },
      Problem: {
        description: 'Any other error: 405 for a method the path does not serve (with `Allow`), 500 for a server fault.',
        content: { [PROBLEM_MEDIA_TYPE]: { schema: ref('Problem') } },
      },
    },
  },
};
