import { articleListParams, entitySearchParams, quoteListParams, searchParams, storyListParams } from '@dateline/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openApiDocument } from './openapi.js';
import type { HttpMethod, JsonSchema, OperationObject } from './openapi/types.js';
import { storyViewParams } from './routes/stories.js';
import { expectJson } from './testdata/expect.js';
import { useSeededApp } from './testdata/app.js';
import { schemaErrors } from './testdata/json-schema.js';

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
    ['/api/quotes', quoteListParams],
    ['/api/entities', entitySearchParams],
  ] as const)('gives %s the query parameters, bounds and defaults of its zod schema', (path, schema) => {
    const op = operation(path);
    const jsonSchema = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
    expect(queryNames(op)).toEqual(Object.keys(jsonSchema.properties ?? {}).sort());

    // Required means the schema rejects the request when the parameter is missing.
    const missing = schema.safeParse({}).error?.issues.map((issue) => issue.path[0]) ?? [];
    const rejects = (name: string, value: string) => schema.safeParse({ [name]: value }).error?.issues.some((issue) => issue.path[0] === name) ?? false;
    // Path parameters are the route's, not the query schema's: checked against the path template above.
    for (const parameter of op.parameters.filter((p) => p.in === 'query')) {
      const { name, schema: documented } = parameter;
      expect(parameter.required, name).toBe(missing.includes(name));
      // Every bound zod states is documented (a bound inside a pipe, such as a length cap applied after
      // trimming, is not in zod's JSON Schema: the checks below find those by behaviour).
      const fromZod = jsonSchema.properties?.[name] ?? {};
      for (const key of ['minimum', 'maximum', 'minLength', 'maxLength'] as const) {
        if (fromZod[key] !== undefined) expect(documented[key], `${name}.${key}`).toBe(fromZod[key]);
      }
      expect(documented.default, `${name}.default`).toBe(fromZod.default);
      expect(documented.enum, `${name}.enum`).toEqual(fromZod.enum);
      // Every documented bound is the one the schema enforces: a value at it passes, one past it fails.
      const { minimum, maximum, minLength, maxLength } = documented;
      if (minimum !== undefined) expect([rejects(name, `${minimum}`), rejects(name, `${minimum - 1}`)], `${name}.minimum`).toEqual([false, true]);
      if (maximum !== undefined) expect([rejects(name, `${maximum}`), rejects(name, `${maximum + 1}`)], `${name}.maximum`).toEqual([false, true]);
      if (minLength !== undefined) {
        expect([rejects(name, 'a'.repeat(minLength)), rejects(name, 'a'.repeat(minLength - 1))], `${name}.minLength`).toEqual([false, true]);
      }
      if (maxLength !== undefined) {
        expect([rejects(name, 'a'.repeat(maxLength)), rejects(name, 'a'.repeat(maxLength + 1))], `${name}.maxLength`).toEqual([false, true]);
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

  it('uses every component it defines', () => {
    const text = JSON.stringify(openApiDocument.paths) + JSON.stringify(openApiDocument.components);
    for (const kind of ['schemas', 'responses'] as const) {
      for (const name of Object.keys(openApiDocument.components[kind])) expect(text, name).toContain(`"#/components/${kind}/${name}"`);
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
    const keysOf = (value: unknown) => Object.keys(value as object).sort();
    const expectShape = (name: string, value: unknown) => {
      const schema = resolve({ $ref: `#/components/schemas/${name}` });
      expect(value, name).toBeDefined();
      expect(keysOf(value), name).toEqual(Object.keys(schema.properties ?? {}).sort());
    };
    // The first element of the array at `path` in `value`.
    const first = (value: unknown, ...path: string[]): Record<string, unknown> =>
      (path.reduce((at: unknown, key) => (at as Record<string, unknown>)[key], value) as Record<string, unknown>[])[0]!;

    const page = await get('/api/articles?limit=1');
    expectShape('ArticlePage', page);
    expectShape('ArticleSummary', first(page, 'items'));
    const article = await get(`/api/articles/${context.seeded.seedIds[0]}`);
    expectShape('Article', article);
    expectShape('Block', first(article, 'blocks'));
    expectShape('ArticleEnrichment', article.enrichment);
    expectShape('EnrichedQuote', first(article, 'enrichment', 'quotes'));
    expectShape('ArticleEntity', first(article, 'enrichment', 'entities'));
    expectShape('EntityMention', first(first(article, 'enrichment', 'entities'), 'mentions'));
    expectShape('DateMention', first(article, 'enrichment', 'dates'));
    const results = await get('/api/search?q=Lavrov');
    expectShape('SearchPage', results);
    expectShape('SearchResult', first(results, 'results'));
    expectShape('ArticleSummary', first(results, 'results').article);
    const stories = await get('/api/stories?limit=100');
    expectShape('StoryPage', stories);
    expectShape('StorySummary', first(stories, 'items'));
    // The seeds' story: the one with two articles, a discrepancy and quotes of every kind of field.
    const story = await get(`/api/stories/${await seedStoryId()}`);
    expectShape('Story', story);
    expectShape('StoryArticle', first(story, 'articles'));
    expectShape('TimelineEvent', first(story, 'timeline'));
    expectShape('StoryComparison', story.comparison);
    expectShape('StatementGroup', first(story, 'comparison', 'statements'));
    expectShape('Statement', first(first(story, 'comparison', 'statements'), 'statements'));
    expectShape('StoryQuote', first(story, 'comparison', 'quotes'));
    expectShape('Discrepancy', first(story, 'comparison', 'discrepancies'));
    expectShape('Wording', first(story, 'comparison', 'discrepancies').a);
    expectShape('DiffPart', first(first(story, 'comparison', 'discrepancies'), 'diff'));
    const quotes = await get('/api/quotes?limit=1');
    expectShape('QuotePage', quotes);
    expectShape('QuoteSummary', first(quotes, 'items'));
    const entities = await get('/api/entities?limit=1');
    expectShape('EntityPage', entities);
    expectShape('EntitySummary', first(entities, 'items'));
    const entity = await get(`/api/entities/${encodeURIComponent('person:antony blinken')}`);
    expectShape('EntityProfile', entity);
    expectShape('EntityRole', first(entity, 'roles'));
    expectShape('EntityMonth', first(entity, 'months'));
    expectShape('QuoteSummary', first(entity, 'quotes'));
    expectShape('RelatedEntity', first(entity, 'related'));
    expectShape('ArticleSummary', first(entity, 'articles'));
    expectShape('TimelineEvent', first(entity, 'timeline'));
    expectShape('Health', await get('/api/health'));
    const problem = await get('/api/articles?limit=0');
    expectShape('Problem', problem);
    expectShape('ParameterError', first(problem, 'errors'));
    expect(keysOf(await get('/api/nope'))).toEqual(resolve({ $ref: '#/components/schemas/Problem' }).required?.sort());
  });

  it('describes every field of every response: whole bodies conform to their documented schema', async () => {
    const storyId = await seedStoryId();
    const { items: allEntities } = (await get('/api/entities?limit=100')) as { items: { key: string }[] };
    expect(allEntities.length).toBeGreaterThan(10);
    const requests: [string, string, string][] = [
      ['/api/articles', '/api/articles?limit=100', '200'],
      ...context.seeded.all.map(({ id }): [string, string, string] => ['/api/articles/{id}', `/api/articles/${id}`, '200']),
      ['/api/articles/{id}', '/api/articles/0000000000000000', '404'],
      ['/api/search', '/api/search?q=Lavrov', '200'],
      ['/api/search', '/api/search?q=', '400'],
      ['/api/stories', '/api/stories?limit=100', '200'],
      ['/api/stories/{id}', `/api/stories/${storyId}`, '200'],
      ['/api/stories/{id}', `/api/stories/${storyId}?since=${context.seeded.seedIds[0]}`, '200'],
      ['/api/stories/{id}', '/api/stories/0000000000000000', '404'],
      ['/api/quotes', '/api/quotes?limit=100', '200'],
      ['/api/quotes', '/api/quotes?limit=0', '400'],
      ['/api/entities', '/api/entities?limit=100', '200'],
      ['/api/entities', '/api/entities?kind=planet', '400'],
      ...allEntities.map(({ key }): [string, string, string] => ['/api/entities/{id}', `/api/entities/${encodeURIComponent(key)}`, '200']),
      ['/api/entities/{id}', '/api/entities/person%3Anobody', '404'],
      ['/api/health', '/api/health', '200'],
    ];
    for (const [path, url, status] of requests) {
      const res = await context.app.request(url);
      expect(String(res.status), url).toBe(status);
      const schema = documentedSchema(path, status, res.headers.get('content-type') ?? '');
      expect(schemaErrors(await res.json(), schema, openApiDocument.components.schemas), url).toEqual([]);
    }
  });
});

async function get(path: string): Promise<Record<string, unknown>> {
  return (await (await context.app.request(path)).json()) as Record<string, unknown>;
}

/** The story both seeds belong to. */
async function seedStoryId(): Promise<string> {
  const { storyId } = (await get(`/api/articles/${context.seeded.seedIds[0]}`)) as { storyId: string };
  return storyId;
}

// The schema the document gives the body of a `status` response of GET `path` in `mediaType`.
function documentedSchema(path: string, status: string, mediaType: string): JsonSchema {
  const response = operation(path).responses[status] ?? operation(path).responses.default;
  const resolved = response && '$ref' in response ? openApiDocument.components.responses[response.$ref.split('/').pop() ?? ''] : response;
  const content = resolved && 'content' in resolved ? resolved.content : undefined;
  const schema = content?.[mediaType.split(';')[0] ?? '']?.schema;
  if (!schema) throw new Error(`no ${mediaType} schema for ${status} of ${path}`);
  return schema;
}
