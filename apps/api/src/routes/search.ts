import { searchArticles, searchParams, type Store } from '@dateline/core';
import { Hono } from 'hono';
import { parseQuery } from '../query.js';

/** The /search resource: ranked matches for `q` with highlighted snippets, one page at a time. */
export function searchRoute(store: Store): Hono {
  return new Hono().get('/', async (c) => {
    const params = parseQuery(c, searchParams);
    return c.json(await searchArticles(store.db, params));
  });
}
