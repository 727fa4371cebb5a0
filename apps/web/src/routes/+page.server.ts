import { error } from '@sveltejs/kit';
import { getStorySummaries, listArticles } from '@dateline/core';
import { groupByDay } from '$lib/dates';
import { hrefWith } from '$lib/links';
import { groupByStory } from '$lib/stories';
import { readListParams, withCursor } from '$lib/server/params';
import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

/** The newest articles (within optional from/to) grouped by day and, within a day, by story; with the link to the next older page; 400 for bad input. */
export const load: PageServerLoad = async ({ url }) => {
  const parsed = readListParams(url);
  if (!parsed.ok) error(400, parsed.message);
  const { from, to, cursor } = parsed.params;
  const { db } = await getStore();
  const page = await withCursor(() => listArticles(db, parsed.params));
  // Articles still waiting for story placement have no story to look up.
  const stories = await getStorySummaries(db, page.items.flatMap((article) => article.storyId ?? []));
  return {
    days: groupByDay(page.items).map((day) => ({ ...day, stories: groupByStory(day.items, stories) })),
    from: from ?? '',
    to: to ?? '',
    isFirstPage: !cursor,
    olderHref: page.nextCursor ? hrefWith('/', { from, to, cursor: page.nextCursor }) : null,
    firstHref: hrefWith('/', { from, to }),
  };
};
