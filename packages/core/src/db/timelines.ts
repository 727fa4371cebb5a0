import { asc, desc, eq, inArray } from 'drizzle-orm';
import { articleTimeline, type TimelineEntry } from '../dates/index.js';
import type { Block } from '../model.js';
import type { Db } from './open.js';
import { articleEnrichment, articleEntities, articles, articleStories } from './schema.js';

/** A dated sentence of one article: what happened when, by whose account. */
export interface TimelineEvent extends TimelineEntry {
  articleId: string;
  articleTitle: string;
  articleDate: string;
}

// Timelines are read from this many articles: a story's first, an entity's latest.
const TIMELINE_ARTICLES = 30;

/** Each dated sentence of a story's first 30 articles, by the date it gives (relative dates resolved), then by article. */
export async function getStoryTimeline(db: Db, storyId: string): Promise<TimelineEvent[]> {
  const rows = await db
    .select({ id: articles.id, title: articles.title, date: articles.date, blocks: articles.blocks })
    .from(articleStories)
    .innerJoin(articles, eq(articles.id, articleStories.articleId))
    .where(eq(articleStories.storyId, storyId))
    .orderBy(asc(articles.date), asc(articles.id))
    .limit(TIMELINE_ARTICLES);
  return inDateOrder(rows.flatMap((article) => eventsOf(article)));
}

/** The dated sentences that name one of `keys` (an entity and its aliases), from its latest 30 articles. */
export async function getEntityTimeline(db: Db, keys: string[]): Promise<TimelineEvent[]> {
  const rows = await db
    .selectDistinctOn([articleEntities.date, articleEntities.articleId], {
      id: articles.id,
      title: articles.title,
      date: articles.date,
      blocks: articles.blocks,
      enrichment: articleEnrichment.enrichment,
    })
    .from(articleEntities)
    .innerJoin(articles, eq(articles.id, articleEntities.articleId))
    .innerJoin(articleEnrichment, eq(articleEnrichment.articleId, articles.id))
    .where(inArray(articleEntities.entityKey, keys))
    .orderBy(desc(articleEntities.date), desc(articleEntities.articleId))
    .limit(TIMELINE_ARTICLES);
  return inDateOrder(
    rows.flatMap((article) => {
      const named = new Set(
        article.enrichment.entities.filter((entity) => keys.includes(entity.key)).flatMap((entity) => entity.mentions.map((m) => m.sentenceIndex)),
      );
      return eventsOf(article).filter((event) => named.has(event.sentenceIndex));
    }),
  );
}

function eventsOf(article: { id: string; title: string; date: string; blocks: Block[] }): TimelineEvent[] {
  return articleTimeline(article.blocks, article.date).map((entry) => ({ ...entry, articleId: article.id, articleTitle: article.title, articleDate: article.date }));
}

function inDateOrder(events: TimelineEvent[]): TimelineEvent[] {
  const key = (e: TimelineEvent) => [e.from, e.to, e.articleDate, e.articleId];
  return events.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return a.sentenceIndex - b.sentenceIndex;
  });
}
