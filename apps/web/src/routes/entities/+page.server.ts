import { error } from '@sveltejs/kit';
import { searchEntities } from '@dateline/core';
import { hrefWith } from '$lib/links';
import { readEntitySearchParams, withCursor } from '$lib/server/params';
import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

/** People, organisations and places whose name holds ?q=, of ?kind=, the most written about first; the next page's link; 400 for bad input. */
export const load: PageServerLoad = async ({ url }) => {
  const parsed = readEntitySearchParams(url);
  if (!parsed.ok) error(400, parsed.message);
  const { q, kind, cursor } = parsed.params;
  const { db } = await getStore();
  const page = await withCursor(() => searchEntities(db, parsed.params));
  return {
    q: q ?? '',
    kind: kind ?? '',
    entities: page.items,
    isFirstPage: !cursor,
    moreHref: page.nextCursor ? hrefWith('/entities', { q, kind, cursor: page.nextCursor }) : null,
    firstHref: hrefWith('/entities', { q, kind }),
  };
};
