import { error } from '@sveltejs/kit';
import { getArticle, getNeighbours } from '@dateline/core';
import { formatDay } from '$lib/dates';
import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

/** The article with its readable date and the newer/older articles beside it; 404 for an unknown id. */
export const load: PageServerLoad = async ({ params }) => {
  const { db } = await getStore();
  const article = await getArticle(db, params.id);
  if (!article) error(404, 'There is no article with this address.');
  const { newer, older } = await getNeighbours(db, article);
  const link = (summary: { id: string; title: string } | null) => summary && { id: summary.id, title: summary.title };
  return { article, dateLabel: formatDay(article.date), newer: link(newer), older: link(older) };
};
