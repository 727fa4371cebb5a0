import { listQuotes, quoteListParams, type Store } from '@dateline/core';
import { Hono } from 'hono';
import { parseQuery } from '../query.js';

/** The /quotes resource: quotes newest first, by speaker, words and date range, one page at a time. */
export function quotesRoute(store: Store): Hono {
  return new Hono().get('/', async (c) => {
    const params = parseQuery(c, quoteListParams);
    return c.json(await listQuotes(store.db, params));
  });
}
