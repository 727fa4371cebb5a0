import { countArticles, type Store } from '@dateline/core';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';

/** The /health resource: ok with the article count and store kind, or 503 when the store does not answer. */
export function healthRoute(store: Store): Hono {
  return new Hono().get('/', async (c) => {
    // A health check must say "unavailable" rather than fail like any other route, so probes can tell.
    const articles = await countArticles(store.db).catch((cause: unknown) => {
      throw new HTTPException(503, { message: 'The article store does not answer.', cause });
    });
    return c.json({ status: 'ok' as const, articles, store: store.kind });
  });
}
