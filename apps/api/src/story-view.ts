import {
  comparedArticleOf,
  getStory,
  getStoryComparison,
  getStoryTimeline,
  newSince,
  type Db,
  type Story,
  type StoryComparison,
  type TimelineEvent,
} from '@dateline/core';

/** A story as the API and the CLI show it: its articles, oldest first, how they compare, and its timeline. */
export interface StoryView extends Story {
  comparison: StoryComparison & {
    /** The article `statements` is relative to (only the groups a reader of it has not seen), or null for every group. */
    since: string | null;
  };
  /** The dated sentences of its articles, in the order of the dates they give; `since` does not narrow it. */
  timeline: TimelineEvent[];
}

/** Thrown when `since` is not an article whose reader the comparison can answer for; the API answers 400, the CLI a usage error. */
export class SinceArticleError extends Error {
  override readonly name = 'SinceArticleError';
  constructor(
    readonly articleId: string,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * The story with this id, its comparison and its timeline, or undefined when there is none. With `since`, the
 * comparison's statements are only the groups a reader of that article has not seen; throws
 * SinceArticleError when it is not one of the story's articles.
 */
export async function getStoryView(db: Db, id: string, since?: string): Promise<StoryView | undefined> {
  const story = await getStory(db, id);
  if (!story) return undefined;
  // Checked before the comparison, so a bad `since` costs no sentence work.
  const reader = since === undefined ? undefined : comparedArticleOf(story, since);
  if (since !== undefined && reader === undefined) throw new SinceArticleError(since, 'is not an article of this story');
  const [comparison, timeline] = await Promise.all([getStoryComparison(db, story), getStoryTimeline(db, story.id)]);
  if (since === undefined || reader === undefined) return { ...story, comparison: { ...comparison, since: null }, timeline };
  const unseen = newSince(comparison, reader);
  // Only a story longer than the comparison reads (COMPARED_ARTICLES) has such articles.
  if (!unseen) throw new SinceArticleError(since, 'is in this story but not among the articles its comparison reads');
  return { ...story, comparison: { ...comparison, statements: unseen, since }, timeline };
}
