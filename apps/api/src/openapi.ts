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
        required: ['id', 'date', 'title', 'titleInferred', 'blocks', 'credit', 'wordCount', 'importedAt'],
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
        },
      },
      ArticleSummary: {
        type: 'object',
        required: ['id', 'date', 'title', 'titleInferred', 'wordCount', 'credit', 'excerpt'],
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          date: { type: 'string', format: 'date' },
          title: { type: 'string', description: 'Plain text, not HTML.' },
          titleInferred: { type: 'boolean' },
          wordCount: { type: 'integer', minimum: 0 },
          credit: { type: ['string', 'null'] },
          excerpt: { type: 'string', description: 'The start of the lead, about 200 characters at most; plain text.' },
        },
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
      Problem: {
        description: 'Any other error: 405 for a method the path does not serve (with `Allow`), 500 for a server fault.',
        content: { [PROBLEM_MEDIA_TYPE]: { schema: ref('Problem') } },
      },
    },
  },
};
