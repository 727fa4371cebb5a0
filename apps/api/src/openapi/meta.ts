import { INVALID_PARAMETERS_TYPE, PROBLEM_MEDIA_TYPE } from '../problem.js';
import { ref, type JsonSchema, type ResponseObject } from './types.js';

/** The component schemas of the health check and of error bodies. */
export const metaSchemas: Record<string, JsonSchema> = {
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
};

/** A problem+json response described by `description`. */
export function problemOf(description: string): ResponseObject {
  return { description, content: { [PROBLEM_MEDIA_TYPE]: { schema: ref('Problem') } } };
}

/** The shared error responses that operations refer to. */
export const problemResponses: Record<string, ResponseObject> = {
  InvalidParameters: problemOf('A parameter is missing, malformed or out of range, or the cursor does not decode; `errors` names each.'),
  NotFound: problemOf('No article has this id.'),
  StoryNotFound: problemOf('No story has this id.'),
  EntityNotFound: problemOf('No entity has this key.'),
  Problem: problemOf('Any other error: 405 for a method the path does not serve (with `Allow`), 500 for a server fault.'),
};
