import { openStore } from '@dateline/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app.js';
import { expectJson, expectProblem } from '../testdata/expect.js';
import { openSeededStore } from '../testdata/store.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('GET /api/health', () => {
  it('reports the article count and the store kind', async () => {
    const seeded = await openSeededStore();
    try {
      const body = await expectJson(await createApp(seeded.store).request('/api/health'));
      expect(body).toEqual({ status: 'ok', articles: seeded.all.length, store: 'pglite' });
    } finally {
      await seeded.store.close();
    }
  });

  it('answers 503 when the store does not answer', async () => {
    const store = await openStore({});
    await store.close();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const body = await expectProblem(await createApp(store).request('/api/health'), 503, '/api/health');
    expect(body.title).toBe('Service Unavailable');
    expect(logged).toHaveBeenCalledOnce();
  });
});
