import { error } from '@sveltejs/kit';
import { listStories } from '@dateline/core';
import { hrefWith } from '$lib/links';
import { readStoryListParams, withCursor } from '$lib/server/params';
import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

/** Stories by latest activity, newest first (those active within optional from/to), with the link to the next older page; 400 for bad input. */
export const load: PageServerLoad = async ({ url }) => {
  const parsed = readStoryListParams(url);
  if (!parsed.ok) error(400, parsed.message);
  const { from, to, cursor } = parsed.params;
  const { db } = await getStore();
  const page = await withCursor(() => listStories(db, parsed.params));
  return {
    stories: page.items,
    from: from ?? '',
    to: to ?? '',
    isFirstPage: !cursor,
    olderHref: page.nextCursor ? hrefWith('/stories', { from, to, cursor: page.nextCursor }) : null,
    firstHref: hrefWith('/stories', { from, to }),
  };
};
