import { json, pageOf, ref, type JsonSchema, type OperationObject, type ParameterObject } from './types.js';
import { problemOf } from './meta.js';
import * as p from './parameters.js';

const security = [{ importToken: [] }];
const refused = {
  '401': problemOf('The `Authorization: Bearer TOKEN` header is missing or holds the wrong token (with `WWW-Authenticate`).'),
  '403': problemOf('The server was started without an import token, so imports are off.'),
};

const uploadName: ParameterObject = {
  name: 'name',
  in: 'query',
  required: false,
  description: 'The file name of the upload ("export.jsonl.gz"): reports name it, and it tells formats apart where the content does not.',
  schema: { type: 'string', maxLength: 200 },
};
const fieldMap: ParameterObject = {
  name: 'map',
  in: 'query',
  required: false,
  description: 'Repeatable `field=column`: where an export keeps a field under another name (date, title, body, summary, outlet, url, author, language, credit).',
  schema: { type: 'string', examples: ['body=story_text'] },
};
const runId: ParameterObject = { name: 'id', in: 'path', required: true, description: 'The import run number.', schema: { type: 'string', pattern: '^\\d{1,9}$' } };

const runRequired = ['id', 'startedAt', 'finishedAt', 'status', 'sources', 'imported', 'duplicates', 'rejected', 'error'];
// ImportRunDetail repeats these rather than use allOf, as elsewhere in this document.
const runProperties: Record<string, JsonSchema> = {
  id: { type: 'integer', minimum: 1 },
  startedAt: { type: 'string', format: 'date-time' },
  finishedAt: { type: ['string', 'null'], format: 'date-time' },
  status: { type: 'string', enum: ['running', 'done', 'stopped', 'failed', 'interrupted'], description: '`interrupted`: its process died before the end; run the same import again.' },
  sources: { type: 'array', items: { type: 'string' } },
  imported: { type: 'integer', minimum: 0 },
  duplicates: { type: 'integer', minimum: 0 },
  rejected: { type: 'integer', minimum: 0 },
  error: { type: ['string', 'null'], description: 'What ended a failed run.' },
};

/** The component schemas of imports. */
export const importSchemas: Record<string, JsonSchema> = {
  ImportRejection: {
    type: 'object',
    required: ['position', 'location', 'reason'],
    additionalProperties: false,
    properties: {
      position: { type: 'integer', minimum: 1, description: 'Its order among the run’s rejections.' },
      location: { type: 'string', description: 'Where the input was: file, archive entry (`!`), line (`:`) or record (`#`).' },
      reason: { type: 'string' },
    },
  },
  ImportRun: {
    type: 'object',
    required: runRequired,
    additionalProperties: false,
    properties: runProperties,
  },
  ImportRunPage: pageOf('ImportRun'),
  ImportRunDetail: {
    type: 'object',
    required: [...runRequired, 'rejections'],
    additionalProperties: false,
    properties: { ...runProperties, rejections: pageOf('ImportRejection') },
  },
  ImportResult: {
    type: 'object',
    required: ['run', 'imported', 'duplicates', 'rejected', 'rejections', 'placed'],
    additionalProperties: false,
    properties: {
      run: { type: 'integer', minimum: 1, description: 'The run on record: GET /api/imports/{id} lists every rejection.' },
      imported: { type: 'integer', minimum: 0 },
      duplicates: { type: 'integer', minimum: 0, description: 'Articles already in the archive (same content or same URL).' },
      rejected: { type: 'integer', minimum: 0 },
      rejections: {
        type: 'array',
        description: 'The first 100 rejected inputs.',
        items: {
          type: 'object',
          required: ['location', 'reason'],
          additionalProperties: false,
          properties: { location: { type: 'string' }, reason: { type: 'string' } },
        },
      },
      placed: { type: 'integer', minimum: 0, description: 'Articles placed in stories after the import.' },
    },
  },
};

/** The import paths. */
export const importPaths: Record<string, { get?: OperationObject; post?: OperationObject }> = {
  '/api/import': {
    post: {
      operationId: 'importArticles',
      summary: 'Import one file of articles',
      description:
        'The request body is one file in any format `dateline import` reads: dateline text, JSON Lines or CSV exports, an HTML page, an RSS/Atom/JSON feed, or a .gz, .zip or .tar.gz archive of them. New articles are placed in stories before the answer.',
      tags: ['imports'],
      security,
      parameters: [uploadName, fieldMap],
      requestBody: { description: 'The file, as bytes.', required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
      responses: {
        '200': { description: 'What the import stored and refused.', content: json(ref('ImportResult')) },
        '400': { $ref: '#/components/responses/InvalidParameters' },
        ...refused,
        '413': problemOf('The upload is larger than the server’s limit (`--import-limit`).'),
        default: { $ref: '#/components/responses/Problem' },
      },
    },
  },
  '/api/imports': {
    get: {
      operationId: 'listImportRuns',
      summary: 'List import runs, newest first',
      tags: ['imports'],
      security,
      parameters: [p.limit, p.cursor],
      responses: {
        '200': { description: 'One page of runs.', content: json(ref('ImportRunPage')) },
        '400': { $ref: '#/components/responses/InvalidParameters' },
        ...refused,
        default: { $ref: '#/components/responses/Problem' },
      },
    },
  },
  '/api/imports/{id}': {
    get: {
      operationId: 'getImportRun',
      summary: 'Get one import run with a page of the inputs it rejected',
      tags: ['imports'],
      security,
      parameters: [runId, p.limit, p.cursor],
      responses: {
        '200': { description: 'The run and its rejections, in input order.', content: json(ref('ImportRunDetail')) },
        '400': { $ref: '#/components/responses/InvalidParameters' },
        ...refused,
        '404': problemOf('No import run has this id.'),
        default: { $ref: '#/components/responses/Problem' },
      },
    },
  },
};
