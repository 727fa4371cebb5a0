import { error } from '@sveltejs/kit';
import { listArticles } from '@dateline/core';
import { groupByDay } from '$lib/dates';
import { hrefWith } from '$lib/links';
import { readListParams, withCursor } from '$lib/server/params';
import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

/** The newest articles (within optional from/to) grouped by day, with the link to the next older page; 400 for bad input. */
export const load: PageServerLoad = async ({ url }) => {
  const parsed = readListParams(url);
  if (!parsed.ok) error(400, parsed.message);
  const { from, to, cursor } = parsed.params;
  const { db } = await getStore();
  const page = await withCursor(() => listArticles(db, parsed.params));
  return {
    days: groupByDay(page.items),
    from: from ?? '',
    to: to ?? '',
    isFirstPage: !cursor,
    olderHref: page.nextCursor ? hrefWith('/', { from, to, cursor: page.nextCursor }) : null,
    firstHref: hrefWith('/', { from, to }),
  };
};
