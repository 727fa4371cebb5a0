import { error } from '@sveltejs/kit';
import { comparedArticleOf, getStory, getStoryComparison, getStoryTimeline, newSince, type Story, type StoryComparison } from '@dateline/core';
import {
  comparedSources,
  discrepancyItems,
  quotesBySpeaker,
  sourceColumns,
  statementGroupItems,
  statementLocator,
  type Source,
} from '$lib/comparison';
import { pickQuery } from '$lib/server/params';
import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

/**
 * A story: its articles as a timeline and, compared sentence by sentence, the sources side by side,
 * the discrepancies between their quotes, the quotes by speaker and the timeline of the events the
 * articles date; with `?since=ARTICLE_ID`, only what that article's reader has not seen. 404 for an
 * unknown story, 400 for a `since` not in it.
 */
export const load: PageServerLoad = async ({ params, url }) => {
  const { db } = await getStore();
  const story = await getStory(db, params.id);
  if (!story) error(404, 'There is no story with this address.');
  const sinceId = pickQuery(url, ['since']).since;
  const [comparison, events] = await Promise.all([
    getStoryComparison(db, story),
    // The "since" view lists only what is new: no timeline there.
    sinceId === undefined ? getStoryTimeline(db, story.id) : [],
  ]);
  const sources = comparedSources(story, comparison);
  const since = sinceId === undefined ? null : readSince(story, comparison, sources, sinceId);
  const locate = statementLocator(comparison);
  const number = new Map(sources.map((source) => [source.id, source.number]));
  const titles = new Map(story.articles.map((article) => [article.id, article.title]));
  const distinct = story.articles.filter((article) => article.duplicateOf === null).length;
  return {
    story: { id: story.id, headline: story.headline, firstDate: story.firstDate, lastDate: story.lastDate, articleCount: story.articleCount },
    timeline: story.articles.map((article) => ({
      id: article.id,
      date: article.date,
      title: article.title,
      source: number.get(article.id) ?? null,
      versionOf: article.duplicateOf ? { id: article.duplicateOf, title: titles.get(article.duplicateOf) ?? 'another article' } : null,
    })),
    sources,
    /** Articles the comparison leaves out: near-identical versions, and distinct articles past core's limit. */
    uncompared: { versions: story.articles.length - distinct, overLimit: distinct - sources.length },
    coverage: countCoverage(comparison),
    since,
    // The "since" view lists only what is new; the full comparison is one link away.
    columns: since ? [] : sourceColumns(comparison, sources),
    discrepancies: since ? [] : discrepancyItems(comparison, sources, locate),
    quotes: since ? [] : quotesBySpeaker(comparison, sources, locate),
    events,
  };
};

function readSince(story: Story, comparison: StoryComparison, sources: Source[], id: string) {
  const article = story.articles.find((member) => member.id === id);
  const compared = comparedArticleOf(story, id);
  if (!article || compared === undefined) error(400, 'The article to compare from (since) is not part of this story.');
  const groups = newSince(comparison, compared);
  return {
    article: { id: article.id, title: article.title, date: article.date },
    /** Null when the article lies past the compared ones, so nothing can be said about it. */
    groups: groups ? statementGroupItems(groups, comparison, sources) : null,
  };
}

function countCoverage(comparison: StoryComparison): { all: number; several: number; one: number } {
  const counts = { all: 0, several: 0, one: 0 };
  for (const group of comparison.statements) counts[group.coverage] += 1;
  return counts;
}
