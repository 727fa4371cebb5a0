import { articleSchemas } from './openapi/articles.js';
import { enrichmentSchemas } from './openapi/enrichment.js';
import { entitySchemas } from './openapi/entities.js';
import { importPaths, importSchemas } from './openapi/imports.js';
import { metaSchemas, problemOf, problemResponses } from './openapi/meta.js';
import * as p from './openapi/parameters.js';
import { quoteSchemas } from './openapi/quotes.js';
import { storySchemas } from './openapi/stories.js';
import { json, ref, type OpenApiDocument } from './openapi/types.js';

const invalid = { $ref: '#/components/responses/InvalidParameters' };
const problem = { $ref: '#/components/responses/Problem' };

/** The OpenAPI 3.1 description of every route createApp serves. */
export const openApiDocument: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Dateline API',
    version: '0.1.0',
    description:
      'JSON access to an open news archive: reading for anyone, imports for holders of the server’s import token. Every error is RFC 9457 problem details ' +
      '(`application/problem+json`). Lists are keyset-paginated: pass `nextCursor` back as `cursor` until it is null.',
  },
  paths: {
    '/api/articles': {
      get: {
        operationId: 'listArticles',
        summary: 'List articles, newest first',
        tags: ['articles'],
        parameters: [p.from, p.to, p.limit, p.cursor],
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
        summary: 'Get one article in full, with its quotes, entities and dates',
        tags: ['articles'],
        parameters: [p.id],
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
        parameters: [p.q, p.from, p.to, p.limit, p.cursor],
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
        parameters: [p.storyFrom, p.storyTo, p.limit, p.cursor],
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
        summary: 'Get one story with its articles, how they compare, and its timeline',
        description:
          'The articles oldest first, then the comparison of the earliest ones (versions of one article count once): ' +
          'statement groups with the sentence each carrying article prints, quotes, and discrepancies between wordings ' +
          'of one speaker. Statement, quote and discrepancy ids are derived from content and survive re-imports. ' +
          'Last, the timeline: the dated sentences of its articles in the order of the dates they give.',
        tags: ['stories'],
        parameters: [p.storyId, p.since],
        responses: {
          '200': { description: 'The story.', content: json(ref('Story')) },
          '400': invalid,
          '404': { $ref: '#/components/responses/StoryNotFound' },
          default: problem,
        },
      },
    },
    '/api/quotes': {
      get: {
        operationId: 'listQuotes',
        summary: 'List quotes, newest first',
        description: 'Every quote of every article, by the article date, then article id, then place in the article, descending.',
        tags: ['quotes'],
        parameters: [p.speaker, p.quoteWords, p.quoteFrom, p.quoteTo, p.limit, p.cursor],
        responses: {
          '200': { description: 'One page of quotes.', content: json(ref('QuotePage')) },
          '400': invalid,
          default: problem,
        },
      },
    },
    '/api/entities': {
      get: {
        operationId: 'searchEntities',
        summary: 'Find people, places and organisations, the most written about first',
        description: 'Ordered by article count, then key. A bare surname that one full-name person of the archive owns is listed under that person.',
        tags: ['entities'],
        parameters: [p.entityName, p.entityKind, p.limit, p.cursor],
        responses: {
          '200': { description: 'One page of entities.', content: json(ref('EntityPage')) },
          '400': invalid,
          default: problem,
        },
      },
    },
    '/api/entities/{id}': {
      get: {
        operationId: 'getEntity',
        summary: 'Get one entity: its roles, mentions over time, quotes, related entities, articles and timeline',
        description: "A bare surname's key that one full-name person owns (`person:blinken`) answers with that person's page.",
        tags: ['entities'],
        parameters: [p.entityKey],
        responses: {
          '200': { description: 'The entity.', content: json(ref('EntityProfile')) },
          '404': { $ref: '#/components/responses/EntityNotFound' },
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
          '503': problemOf('The store does not answer.'),
          default: problem,
        },
      },
    },
    ...importPaths,
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
    schemas: { ...articleSchemas, ...enrichmentSchemas, ...storySchemas, ...quoteSchemas, ...entitySchemas, ...importSchemas, ...metaSchemas },
    responses: problemResponses,
    securitySchemes: {
      importToken: { type: 'http', scheme: 'bearer', description: 'The token the server was started with (`--import-token` or DATELINE_IMPORT_TOKEN).' },
    },
  },
};
