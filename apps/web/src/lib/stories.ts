import type { StorySummary } from '@dateline/core';

/** A list's articles of one story, shown under its headline; `story` is null for an article shown on its own. */
export interface StoryRun<T> {
  /** Unique within a list: story and article ids can coincide (a story takes its first article's id). */
  key: string;
  story: StorySummary | null;
  articles: T[];
}

/**
 * The items gathered by story, each story where its first item was, items keeping their order within
 * it. An item stands alone (story null) when it has no story yet, its story is unknown, or the story
 * has no other article: a headline over a lone article would only repeat its title.
 */
export function groupByStory<T extends { id: string; storyId: string | null }>(
  items: readonly T[],
  stories: ReadonlyMap<string, StorySummary>,
): StoryRun<T>[] {
  const runs: StoryRun<T>[] = [];
  const byStory = new Map<string, StoryRun<T>>();
  for (const item of items) {
    const story = item.storyId ? stories.get(item.storyId) : undefined;
    if (!story || story.articleCount < 2) {
      runs.push({ key: `article:${item.id}`, story: null, articles: [item] });
      continue;
    }
    const run = byStory.get(story.id);
    if (run) run.articles.push(item);
    else {
      const created = { key: `story:${story.id}`, story, articles: [item] };
      byStory.set(story.id, created);
      runs.push(created);
    }
  }
  return runs;
}
