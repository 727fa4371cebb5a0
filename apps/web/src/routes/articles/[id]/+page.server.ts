import { error } from '@sveltejs/kit';
import { getArticle, getNeighbours, getStory } from '@dateline/core';
import { formatDay } from '$lib/dates';
import { groupByKind } from '$lib/entities';
import { groupBySpeaker, quoteRuns, spansInBlock } from '$lib/quotes';
import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

// A big story can gather hundreds of articles: the page lists the earliest, the story page has them all.
const OTHER_COVERAGE_SHOWN = 20;

/**
 * The article with its readable date, its text cut around its quotes, its quotes by speaker, the
 * people, organisations and places it names, the sources it cites; its story and the story's other
 * articles, and the newer/older articles beside it; 404 for an unknown id.
 */
export const load: PageServerLoad = async ({ params }) => {
  const { db } = await getStore();
  const article = await getArticle(db, params.id);
  if (!article) error(404, 'There is no article with this address.');
  const [{ newer, older }, story] = await Promise.all([
    getNeighbours(db, article),
    article.storyId ? getStory(db, article.storyId) : undefined,
  ]);
  const link = (summary: { id: string; title: string } | null) => summary && { id: summary.id, title: summary.title };
  const self = story?.articles.find((member) => member.id === article.id);
  const others = (story?.articles ?? [])
    .filter((member) => member.id !== article.id)
    .map((member) => ({
      id: member.id,
      title: member.title,
      date: member.date,
      // Near-duplicates either way round: this article copied, or copying it.
      isVersion: member.duplicateOf === article.id || (self?.duplicateOf ?? null) === member.id,
    }));
  const { blocks, enrichment, ...meta } = article;
  const quotes = enrichment?.quotes ?? [];
  return {
    article: meta,
    body: blocks.map((block, i) => ({ type: block.type, runs: quoteRuns(block.text, spansInBlock(quotes, i)) })),
    // Null until core has enriched the article (one imported before enrichment waits in its queue).
    enrichment: enrichment && {
      speakers: groupBySpeaker(enrichment),
      named: groupByKind(enrichment.entities),
      citedSources: enrichment.citedSources,
    },
    dateLabel: formatDay(article.date),
    newer: link(newer),
    older: link(older),
    story: story && {
      id: story.id,
      headline: story.headline,
      articleCount: story.articleCount,
      others: others.slice(0, OTHER_COVERAGE_SHOWN),
      moreOthers: Math.max(0, others.length - OTHER_COVERAGE_SHOWN),
    },
  };
};
