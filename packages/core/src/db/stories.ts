import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { compareStory } from '../compare/compare-story.js';
import type { StoryComparison } from '../compare/comparison.js';
import type { Page, Story, StorySummary } from '../model.js';
import type { StoryListParams } from '../params.js';
import { summaryColumns } from './articles.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { Db } from './open.js';
import { articles, articleStories, stories } from './schema.js';

const STORY_ID = /^[\w~-]{1,100}$/;

const storyColumns = {
  id: stories.id,
  headline: stories.headline,
  firstDate: stories.firstDate,
  lastDate: stories.lastDate,
  articleCount: stories.articleCount,
};

/** One page of stories, latest activity first; with a date range, the stories with an article in it. */
export async function listStories(db: Db, params: StoryListParams): Promise<Page<StorySummary>> {
  const conditions: SQL[] = [];
  // A story spans days: it is in the range when its span overlaps it.
  if (params.from) conditions.push(gte(stories.lastDate, params.from));
  if (params.to) conditions.push(lte(stories.firstDate, params.to));
  if (params.cursor) {
    const [date, id] = decodeCursor(params.cursor, ['date', 'id']);
    conditions.push(sql`(${stories.lastDate}, ${stories.id}) < (${date}, ${id})`);
  }
  const rows = await db
    .select(storyColumns)
    .from(stories)
    .where(and(...conditions))
    .orderBy(desc(stories.lastDate), desc(stories.id))
    .limit(params.limit + 1);
  const items = rows.slice(0, params.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > params.limit && last ? encodeCursor([last.lastDate, last.id]) : null };
}

/** The story with this id and its articles, oldest first; undefined when there is none. */
export async function getStory(db: Db, id: string): Promise<Story | undefined> {
  // Story ids are an article id, with "~n" when a story split; anything else (NUL bytes included) is no story.
  if (!STORY_ID.test(id)) return undefined;
  const [story] = await db.select(storyColumns).from(stories).where(eq(stories.id, id));
  if (!story) return undefined;
  const members = await db
    .select({ ...summaryColumns, duplicateOf: articleStories.duplicateOf })
    .from(articleStories)
    .innerJoin(articles, eq(articles.id, articleStories.articleId))
    .where(eq(articleStories.storyId, id))
    .orderBy(asc(articles.date), asc(articles.id));
  return { ...story, articles: members };
}

/** The summaries of the stories with these ids, by id, in one query; ids that name no story (or are no story id) are absent. */
export async function getStorySummaries(db: Db, ids: Iterable<string>): Promise<Map<string, StorySummary>> {
  // As in getStory: what is no story id (NUL bytes included) names no story, so it is never sent.
  // Each id is a bind parameter: meant for a page's worth, far below PostgreSQL's 65,535.
  const wanted = [...new Set(ids)].filter((id) => STORY_ID.test(id));
  if (wanted.length === 0) return new Map();
  const rows = await db.select(storyColumns).from(stories).where(inArray(stories.id, wanted));
  return new Map(rows.map((story) => [story.id, story]));
}

/**
 * The article the comparison stands for when a reader has read `articleId`: the article itself, or
 * for a version (near-duplicate) the original it copies, which the comparison reads instead.
 * Undefined when the article is not in the story.
 */
export function comparedArticleOf(story: Story, articleId: string): string | undefined {
  const byId = new Map(story.articles.map((article) => [article.id, article]));
  let article = byId.get(articleId);
  if (!article) return undefined;
  // Versions can chain (a copy of a copy); the guard stops on a cycle no store should hold.
  const visited = new Set<string>();
  while (article.duplicateOf !== null && !visited.has(article.id)) {
    visited.add(article.id);
    const original = byId.get(article.duplicateOf);
    if (!original) break;
    article = original;
  }
  return article.id;
}

/** How many of a story's articles its comparison reads: the earliest, duplicates aside; bounds the work per page. */
export const COMPARED_ARTICLES = 30;

/** The sentence-level comparison of a story's articles (see compareStory); versions of one article count once. */
export async function getStoryComparison(db: Db, story: Story): Promise<StoryComparison> {
  const ids = story.articles.filter((article) => article.duplicateOf === null).slice(0, COMPARED_ARTICLES).map((article) => article.id);
  const rows = ids.length
    ? await db.select({ id: articles.id, date: articles.date, blocks: articles.blocks }).from(articles).where(inArray(articles.id, ids))
    : [];
  return compareStory(rows);
}
