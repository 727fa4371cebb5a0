import { openStore, type Store } from '@dateline/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectProblem } from './testdata/expect.js';
import { createApp } from './app.js';
import { useSeededApp } from './testdata/app.js';

const context = useSeededApp();
afterEach(() => {
  vi.restoreAllMocks();
});

describe('createApp', () => {
  it.each(['/api', '/api/', '/api/nope', '/api/articles/a/b', '/api/stories/a/b', '/api/quotes/x', '/api/entities/a/b', '/api/health/x', '/elsewhere', '/'])(
    'answers 404 problem+json for %s',
    async (path) => {
      const body = await expectProblem(await context.app.request(path), 404, path);
      expect(body).toMatchObject({ type: 'about:blank', title: 'Not Found' });
    },
  );

  it.each([
    ['POST', '/api/articles'],
    ['DELETE', '/api/articles/abc'],
    ['PUT', '/api/search'],
    ['PATCH', '/api/health'],
    ['POST', '/api/openapi.json'],
    ['OPTIONS', '/api/articles'],
    ['POST', '/api/stories'],
    ['DELETE', '/api/stories/abc'],
    ['POST', '/api/quotes'],
    ['PUT', '/api/entities'],
    ['DELETE', '/api/entities/person%3Aantony%20blinken'],
  ])('answers 405 with Allow for %s %s', async (method, path) => {
    const res = await context.app.request(path, { method });
    await expectProblem(res, 405, path);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers 404, not 405, for another method on an unknown path', async () => {
    await expectProblem(await context.app.request('/api/nope', { method: 'POST' }), 404);
  });

  it('answers HEAD like GET without a body', async () => {
    const res = await context.app.request('/api/health', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.text()).toBe('');
  });

  it('sets security headers on answers and on errors', async () => {
    for (const path of ['/api/health', '/api/nope', '/api/articles?limit=0']) {
      const res = await context.app.request(path);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('answers a logged 500 that reveals nothing when core fails unexpectedly', async () => {
    const store: Store = await openStore({});
    await store.close();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const body = await expectProblem(await createApp(store).request('/api/articles'), 500, '/api/articles');
    expect(body).toMatchObject({ type: 'about:blank', title: 'Internal Server Error' });
    expect(body.detail).not.toMatch(/closed|pglite/i);
    expect(logged).toHaveBeenCalledOnce();
  });

  // Bad input must be a 4xx whatever it is: none of these may reach the database as an error.
  const cursorOf = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
  const neverFails = async (path: string) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await context.app.request(path);
    expect(res.status, await res.clone().text()).toBeLessThan(500);
    expect(logged).not.toHaveBeenCalled();
    if (res.status >= 400) expect(res.headers.get('content-type')).toBe('application/problem+json');
  };
  it.each([
    '/api/search?q=%00',
    '/api/search?q=%E0%A4%A',
    "/api/search?q='",
    '/api/search?q=%5C',
    '/api/search?q=!!!',
    '/api/search?q=%3A*',
    '/api/search?q=title%3A',
    '/api/search?q=-',
    '/api/search?q=%22',
    '/api/search?q=OR',
    '/api/search?q=a%20%26%20b%20%7C%20!c',
    '/api/search?q=%3C-%3E',
    '/api/search?q=(((',
    '/api/search?q=-Lavrov',
    `/api/search?q=Lavrov&cursor=${cursorOf(['a', 'b', 'c'])}`,
    `/api/articles?cursor=${cursorOf(['2023-01-01'])}`,
    '/api/articles?cursor=%00',
    '/api/articles?limit=1e3',
    '/api/articles?from=2023-1-1',
    '/api/articles?from=%00',
    '/api/search?q=a%00b',
    '/api/articles/%00',
    `/api/articles?cursor=${cursorOf(['2023-02-30', 'x'])}`,
    `/api/articles?cursor=${cursorOf(['2023-01-01', 'a\u0000b'])}`,
    `/api/search?q=Lavrov&cursor=${cursorOf([1, 'x', 'y'])}`,
    `/api/quotes?cursor=${cursorOf(['2022-01-21', '6cb91af70096c4b4', 1.5])}`,
    `/api/quotes?cursor=${cursorOf(['2022-01-21', '6cb91af70096c4b4', 1e308])}`,
    `/api/entities?cursor=${cursorOf([-1])}`,
    '/api/stories/%00',
    '/api/stories/%00?since=%00',
    '/api/stories?cursor=%00',
    `/api/stories?cursor=${cursorOf(['2023-01-01', 'a\u0000b'])}`,
    `/api/stories?cursor=${cursorOf(['2023-02-30', 'x'])}`,
    '/api/stories?from=%00',
    `/api/stories/${'9'.repeat(10_000)}`,
    ...['%00', '%E0%A4%A', "'", '%5C', '!!!', '%3A*', 'title%3A', '-', '%22', 'OR', '(((', '-Lavrov', 'a%00b'].map((q) => `/api/quotes?q=${q}`),
    ...['%00', 'a%00b', '%5C', '%25', 'person%3A', 'person%3A%00', '%E0%A4%A'].map((speaker) => `/api/quotes?speaker=${speaker}`),
    `/api/quotes?cursor=${cursorOf(['2023-01-01', 'a\u0000b', 1])}`,
    `/api/quotes?cursor=${cursorOf(['2023-02-30', 'x', 1])}`,
    `/api/quotes?cursor=${cursorOf(['2023-01-01', 'x'])}`,
    '/api/quotes?cursor=%00',
    ...['%00', 'a%00b', '%5C', '%25', '%E0%A4%A'].map((q) => `/api/entities?q=${q}`),
    '/api/entities?kind=%00',
    '/api/entities?cursor=%00',
    `/api/entities?cursor=${cursorOf([Number.MAX_VALUE])}`,
    `/api/entities?cursor=${cursorOf(['a\u0000b'])}`,
    '/api/entities/%00',
    '/api/entities/person%3A%00',
    `/api/entities/person%3A${'9'.repeat(10_000)}`,
  ])('answers %s with a 2xx or 4xx, never a 500', neverFails);
});
