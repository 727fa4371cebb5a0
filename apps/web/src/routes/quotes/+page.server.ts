import { error } from '@sveltejs/kit';
import { listQuotes } from '@dateline/core';
import { groupByDay } from '$lib/dates';
import { hrefWith } from '$lib/links';
import { readQuoteListParams, withCursor } from '$lib/server/params';
import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

/** Quotes newest first, grouped by day, by ?speaker= (a name or an entity key) and with ?q= words; the next older page's link; 400 for bad input. */
export const load: PageServerLoad = async ({ url }) => {
  const parsed = readQuoteListParams(url);
  if (!parsed.ok) error(400, parsed.message);
  const { speaker, q, cursor } = parsed.params;
  const { db } = await getStore();
  const page = await withCursor(() => listQuotes(db, parsed.params));
  return {
    speaker: speaker ?? '',
    q: q ?? '',
    days: groupByDay(page.items),
    isFirstPage: !cursor,
    olderHref: page.nextCursor ? hrefWith('/quotes', { speaker, q, cursor: page.nextCursor }) : null,
    firstHref: hrefWith('/quotes', { speaker, q }),
  };
};
