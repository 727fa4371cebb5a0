import { articleListParams, getArticle, listArticles, type Store } from '@dateline/core';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { parseQuery } from '../query.js';

/** The /articles resource: summaries newest first, and one full article by id (404 when unknown). */
export function articlesRoute(store: Store): Hono {
  return new Hono()
    .get('/', async (c) => {
      const params = parseQuery(c, articleListParams);
      return c.json(await listArticles(store.db, params));
    })
    .get('/:id', async (c) => {
      const article = await getArticle(store.db, c.req.param('id'));
      if (!article) throw new HTTPException(404, { message: 'No article has this id.' });
      return c.json(article);
    });
}
