import { listStories, storyListParams, type Store } from '@dateline/core';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { parseQuery } from '../query.js';
import { getStoryView } from '../story-view.js';

/** Parameters of one story's page: `since`, an article of the story whose reader wants only what is new to them. */
export const storyViewParams = z.object({
  // Query strings give "" for an empty form field: absent, as in every other parameter.
  since: z.preprocess((value) => (value === '' ? undefined : value), z.string().optional()),
});

/** The /stories resource: summaries by latest activity, and one story with its comparison (404 when unknown). */
export function storiesRoute(store: Store): Hono {
  return new Hono()
    .get('/', async (c) => {
      const params = parseQuery(c, storyListParams);
      return c.json(await listStories(store.db, params));
    })
    .get('/:id', async (c) => {
      const { since } = parseQuery(c, storyViewParams);
      const story = await getStoryView(store.db, c.req.param('id'), since);
      if (!story) throw new HTTPException(404, { message: 'No story has this id.' });
      return c.json(story);
    });
}
