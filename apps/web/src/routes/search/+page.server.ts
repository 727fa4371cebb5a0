import { error } from '@sveltejs/kit';
import { searchArticles } from '@dateline/core';
import { hrefWith } from '$lib/links';
import { pickQuery, readSearchParams, withCursor } from '$lib/server/params';
import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

/** Ranked results for ?q= (only the form when q is empty), with the next page's link; 400 for bad input. */
export const load: PageServerLoad = async ({ url }) => {
  const { q = '', from = '', to = '' } = pickQuery(url, ['q', 'from', 'to']);
  if (!q) return { q, from, to, results: null, moreHref: null, feedHref: null, isFirstPage: true };
  const parsed = readSearchParams(url);
  if (!parsed.ok) error(400, parsed.message);
  const { db } = await getStore();
  const page = await withCursor(() => searchArticles(db, parsed.params));
  return {
    q,
    from,
    to,
    results: page.results,
    moreHref: page.nextCursor ? hrefWith('/search', { q, from, to, cursor: page.nextCursor }) : null,
    feedHref: hrefWith('/feed.xml', { q, from, to }),
    isFirstPage: !parsed.params.cursor,
  };
};
