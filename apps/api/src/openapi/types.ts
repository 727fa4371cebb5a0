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
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  examples?: unknown[];
}

/** A JSON Schema type name. */
export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

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
  requestBody?: { description: string; required: boolean; content: Record<string, { schema: JsonSchema }> };
  /** Security requirements, by scheme name (see components.securitySchemes). */
  security?: Record<string, string[]>[];
  responses: Record<string, ResponseObject>;
}

/** The HTTP methods an OpenAPI path item may describe. */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** An OpenAPI 3.1 document, narrowed to what this API describes. */
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  paths: Record<string, Partial<Record<HttpMethod, OperationObject>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, ResponseObject>;
    securitySchemes?: Record<string, { type: 'http'; scheme: 'bearer'; description: string }>;
  };
}

/** A reference to the component schema `name`. */
export function ref(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${name}` };
}

/** The schema of one keyset page: `items` of the component schema `item`, and `nextCursor`. */
export function pageOf(item: string): JsonSchema {
  return {
    type: 'object',
    required: ['items', 'nextCursor'],
    additionalProperties: false,
    properties: {
      items: { type: 'array', items: ref(item) },
      nextCursor: { type: ['string', 'null'], description: 'Pass as `cursor` for the next page; null on the last.' },
    },
  };
}

/** Where a span of text sits in an article, as every extracted span (sentence, quote, mention) gives it. */
export const blockRangeProperties: Record<string, JsonSchema> = {
  blockIndex: { type: 'integer', minimum: 0, description: "Index in the article's `blocks`." },
  start: { type: 'integer', minimum: 0, description: "Offset of `text` in the block's text (UTF-16 code units)." },
  end: { type: 'integer', minimum: 0 },
};

/** The article-wide index of the sentence a span is in. */
export const sentenceIndexProperty: JsonSchema = {
  type: 'integer',
  minimum: 0,
  description: 'Article-wide sentence index: sentences are numbered from 0 through every block in reading order.',
};

/** A JSON response or request body with this schema. */
export const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
