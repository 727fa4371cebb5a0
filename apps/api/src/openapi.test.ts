import { articleListParams, searchParams, storyListParams } from '@dateline/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openApiDocument, type HttpMethod, type JsonSchema, type OperationObject } from './openapi.js';
import { storyViewParams } from './routes/stories.js';
import { expectJson } from './testdata/expect.js';
import { useSeededApp } from './testdata/app.js';

const context = useSeededApp();

const operations = Object.entries(openApiDocument.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ path, method: method as HttpMethod, operation: operation as OperationObject })),
);

function operation(path: string): OperationObject {
  const found = openApiDocument.paths[path]?.get;
  if (!found) throw new Error(`no GET ${path} in the document`);
  return found;
}

function queryNames(op: OperationObject): string[] {
  return op.parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name).sort();
}

function resolve(schema: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = openApiDocument.components.schemas[name];
  if (!target) throw new Error(`dangling $ref ${schema.$ref}`);
  return target;
}

describe('openApiDocument', () => {
  it('is served at /api/openapi.json', async () => {
    const body = await expectJson(await context.app.request('/api/openapi.json'));
    expect(body).toEqual(JSON.parse(JSON.stringify(openApiDocument)));
  });

  it('describes exactly the routes the app serves', () => {
    const served = context.app.routes
      .filter((route) => route.method !== 'ALL')
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = operations.map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(new Set(served).size).toBe(served.length);
    expect(documented.sort()).toEqual(served.sort());
  });

  it('declares every path parameter of a path template', () => {
    for (const { path, operation: op } of operations) {
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      const declared = op.parameters.filter((parameter) => parameter.in === 'path');
      expect(declared.map((parameter) => parameter.name)).toEqual(templated);
      for (const parameter of declared) expect(parameter.required).toBe(true);
    }
  });

  it.each([
    ['/api/articles', articleListParams],
    ['/api/search', searchParams],
    ['/api/stories', storyListParams],
    ['/api/stories/{id}', storyViewParams],
  ] as const)('gives %s the query parameters, bounds and defaults of its zod schema', (path, schema) => {
    const op = operation(path);
    const jsonSchema = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
    expect(queryNames(op)).toEqual(Object.keys(jsonSchema.properties ?? {}).sort());

    // Required means the schema rejects the request when the parameter is missing.
    const missing = schema.safeParse({}).error?.issues.map((issue) => issue.path[0]) ?? [];
    // Path parameters are the route's, not the query schema's: checked against the path template above.
    for (const parameter of op.parameters.filter((p) => p.in === 'query')) {
      expect(parameter.required, parameter.name).toBe(missing.includes(parameter.name));
      const fromZod = jsonSchema.properties?.[parameter.name] ?? {};
      for (const key of ['minimum', 'maximum', 'minLength', 'maxLength', 'default'] as const) {
        expect(parameter.schema[key], `${parameter.name}.${key}`).toBe(fromZod[key]);
      }
    }
  });

  it('uses only references that resolve', () => {
    const refs = JSON.stringify(openApiDocument).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const found of refs) {
      const [, kind, name] = /#\/components\/(\w+)\/(\w+)/.exec(found) ?? [];
      const components = openApiDocument.components as Record<string, Record<string, unknown>>;
      expect(components[kind ?? '']?.[name ?? ''], found).toBeDefined();
    }
  });

  it('gives every error response the problem+json schema', () => {
    for (const { operation: op } of operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (status === '200') continue;
        const resolved = '$ref' in response ? openApiDocument.components.responses[response.$ref.split('/').pop() ?? ''] : response;
        expect(resolved && 'content' in resolved ? Object.keys(resolved.content ?? {}) : [], `${op.operationId} ${status}`).toEqual([
          'application/problem+json',
        ]);
      }
    }
  });

  it('lists exactly the properties that responses carry', async () => {
    const get = async (path: string) => (await (await context.app.request(path)).json()) as Record<string, unknown>;
    const keysOf = (value: unknown) => Object.keys(value as object).sort();
    const expectShape = (name: string, value: unknown) => {
      const schema = resolve({ $ref: `#/components/schemas/${name}` });
      expect(keysOf(value), name).toEqual(Object.keys(schema.properties ?? {}).sort());
    };

    const page = await get('/api/articles?limit=1');
    expectShape('ArticlePage', page);
    expectShape('ArticleSummary', (page.items as unknown[])[0]);
    const article = await get(`/api/articles/${context.seeded.seedIds[0]}`);
    expectShape('Article', article);
    expectShape('Block', (article.blocks as unknown[])[0]);
    const results = await get('/api/search?q=Lavrov');
    expectShape('SearchPage', results);
    expectShape('SearchResult', (results.results as unknown[])[0]);
    expectShape('ArticleSummary', ((results.results as Record<string, unknown>[])[0] ?? {}).article);
    const stories = await get('/api/stories?limit=100');
    expectShape('StoryPage', stories);
    expectShape('StorySummary', (stories.items as unknown[])[0]);
    // The seeds' story: the one with two articles, a discrepancy and quotes of every kind of field.
    const { id: storyId } = (stories.items as { id: string; articleCount: number }[]).find((item) => item.articleCount === 2) ?? { id: '' };
    const story = await get(`/api/stories/${storyId}`);
    expectShape('Story', story);
    expectShape('StoryArticle', (story.articles as unknown[])[0]);
    const comparison = story.comparison as Record<string, Record<string, unknown>[]>;
    expectShape('StoryComparison', comparison);
    expectShape('StatementGroup', comparison.statements?.[0]);
    expectShape('Statement', (comparison.statements?.[0]?.statements as unknown[])[0]);
    expectShape('StoryQuote', comparison.quotes?.[0]);
    expectShape('Discrepancy', comparison.discrepancies?.[0]);
    expectShape('Wording', comparison.discrepancies?.[0]?.a);
    expectShape('DiffPart', (comparison.discrepancies?.[0]?.diff as unknown[])[0]);
    expectShape('Health', await get('/api/health'));
    const problem = await get('/api/articles?limit=0');
    expectShape('Problem', problem);
    expectShape('ParameterError', (problem.errors as unknown[])[0]);
    expect(keysOf(await get('/api/nope'))).toEqual(resolve({ $ref: '#/components/schemas/Problem' }).required?.sort());
  });
});
