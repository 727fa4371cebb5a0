import { entitySearchParams, getEntity, searchEntities, type Store } from '@dateline/core';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { parseQuery } from '../query.js';

/** The /entities resource: people, places and organisations by name, and one entity's page by key (404 when unknown). */
export function entitiesRoute(store: Store): Hono {
  return new Hono()
    .get('/', async (c) => {
      const params = parseQuery(c, entitySearchParams);
      return c.json(await searchEntities(store.db, params));
    })
    .get('/:id', async (c) => {
      // Hono percent-decodes the key ("person%3Aantony%20blinken"); a malformed one is no entity's key.
      const entity = await getEntity(store.db, c.req.param('id'));
      if (!entity) throw new HTTPException(404, { message: 'No entity has this key.' });
      return c.json(entity);
    });
}
