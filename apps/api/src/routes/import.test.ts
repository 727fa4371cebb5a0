import { gzipSync } from 'node:zlib';
import { openStore, type Store } from '@dateline/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { openApiDocument } from '../openapi.js';
import { expectInvalid, expectJson, expectProblem } from '../testdata/expect.js';
import { schemaErrors } from '../testdata/json-schema.js';

const TOKEN = 'correct horse battery staple';
const schemas = openApiDocument.components.schemas;
const line = (n: number) =>
  JSON.stringify({ date: '2022-01-21', title: `Geneva talks, part ${n}`, body: `Blinken and Lavrov met in Geneva on Friday, round ${n}.`, source: 'Wire' });

let store: Store;
beforeEach(async () => {
  store = await openStore({});
});
afterEach(() => store.close());

const post = (app: ReturnType<typeof createApp>, body: string | Uint8Array, { token = TOKEN, query = '?name=export.jsonl', headers = {} } = {}) =>
  app.request(`/api/import${query}`, { method: 'POST', body, headers: { Authorization: `Bearer ${token}`, ...headers } });

describe('POST /api/import', () => {
  it('imports an uploaded export, records the run and places the articles in stories', async () => {
    const app = createApp(store, { import: { token: TOKEN } });
    const res = await post(app, `${line(1)}\n{"date":"2022-01-21"}\n${line(2)}\n`);
    const body = await expectJson<{ run: number; imported: number; rejected: number; rejections: { location: string; reason: string }[]; placed: number }>(res);
    expect(schemaErrors(body, { $ref: '#/components/schemas/ImportResult' }, schemas)).toEqual([]);
    expect(body).toMatchObject({ imported: 2, duplicates: 0, rejected: 1, placed: 2 });
    expect(body.rejections).toEqual([{ location: 'upload:export.jsonl:2', reason: expect.stringMatching(/^no body/) }]);

    const auth = { headers: { Authorization: `Bearer ${TOKEN}` } };
    const runs = await expectJson<unknown>(await app.request('/api/imports', auth));
    expect(schemaErrors(runs, { $ref: '#/components/schemas/ImportRunPage' }, schemas)).toEqual([]);
    const run = await expectJson<{ status: string; rejections: { items: unknown[] } }>(await app.request(`/api/imports/${body.run}`, auth));
    expect(schemaErrors(run, { $ref: '#/components/schemas/ImportRunDetail' }, schemas)).toEqual([]);
    expect(run.status).toBe('done');
    expect(run.rejections.items).toHaveLength(1);
    await expectProblem(await app.request('/api/imports/999', auth), 404);
  });

  it('detects a gzipped upload from its content', async () => {
    const app = createApp(store, { import: { token: TOKEN } });
    const body = await expectJson<{ imported: number }>(await post(app, gzipSync(`${line(3)}\n`), { query: '?name=upload.bin' }));
    expect(body.imported).toBe(1);
  });

  it('refuses a missing or wrong token with 401 and a challenge, and imports nothing', async () => {
    const app = createApp(store, { import: { token: TOKEN } });
    for (const res of [
      await app.request('/api/import', { method: 'POST', body: line(1) }),
      await post(app, line(1), { token: 'guess' }),
      await app.request('/api/imports'),
    ]) {
      await expectProblem(res, 401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="dateline import"');
    }
    const health = await expectJson<{ articles: number }>(await app.request('/api/health'));
    expect(health.articles).toBe(0);
  });

  it('is off (403) when the server has no token', async () => {
    const body = await expectProblem(await post(createApp(store), line(1)), 403, '/api/import?name=export.jsonl');
    expect(body.detail).toMatch(/--import-token/);
  });

  it('refuses an upload over the limit with 413, whether it declares its length or not', async () => {
    const app = createApp(store, { import: { token: TOKEN, maxBytes: 1024 } });
    const big = `${line(1)}\n`.repeat(40);
    await expectProblem(await post(app, big, { headers: { 'Content-Length': String(big.length) } }), 413);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const res = await app.request('/api/import', { method: 'POST', body: stream, headers: { Authorization: `Bearer ${TOKEN}` }, duplex: 'half' } as RequestInit);
    await expectProblem(res, 413);
  });

  it('answers a malformed request with a 400 naming the parameter', async () => {
    const app = createApp(store, { import: { token: TOKEN } });
    await expectInvalid(await post(app, line(1), { query: '?map=nonsense' }), ['map']);
    await expectInvalid(await post(app, line(1), { query: '?name=a&name=b' }), ['name']);
    await expectInvalid(await app.request('/api/imports?limit=0', { headers: { Authorization: `Bearer ${TOKEN}` } }), ['limit']);
  });
});
