import type { Hono } from 'hono';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../app.js';
import { openSeededStore, type SeededStore } from './store.js';

/** Opens a seeded store and its app before the calling file's tests and closes them after; read the fields inside tests. */
export function useSeededApp(): { app: Hono; seeded: SeededStore } {
  const context = {} as { app: Hono; seeded: SeededStore };
  beforeAll(async () => {
    context.seeded = await openSeededStore();
    context.app = createApp(context.seeded.store);
  });
  afterAll(() => context.seeded?.store.close());
  return context;
}
