import { and, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Page } from '../model.js';
import type { QuoteListParams } from '../params.js';
import { parseSearchQuery, toMatchPlan } from '../search/query.js';
import { decodeCursor, encodeCursor, escapeLike } from './cursor.js';
import { resolveEntity } from './entity-keys.js';
import type { Db } from './open.js';
import { articleQuotes, articles, entities } from './schema.js';

/** A quote as the quotes index lists it: its words, who said them, and the article it is from. */
export interface QuoteSummary {
  articleId: string;
  /** Its place among the article's quotes, from 0: with articleId, the quote's stable address. */
  position: number;
  date: string;
  /** The speaker as the article names them ("Lavrov"), or null when it does not. */
  speaker: string | null;
  /** The speaker's entity, and its archive-wide name, when the article names one. */
  speakerKey: string | null;
  speakerName: string | null;
  text: string;
  articleTitle: string;
}

/**
 * One page of quotes, newest first: by a speaker (an entity key such as "person:sergei lavrov", or
 * a name matched against speakers as written and entity names), with words (search syntax), in a
 * date range.
 */
export async function listQuotes(db: Db, params: QuoteListParams): Promise<Page<QuoteSummary>> {
  const conditions: SQL[] = [];
  if (params.from) conditions.push(gte(articleQuotes.date, params.from));
  if (params.to) conditions.push(lte(articleQuotes.date, params.to));
  if (params.speaker) {
    const speaker = await speakerCondition(db, params.speaker);
    if (!speaker) return { items: [], nextCursor: null };
    conditions.push(speaker);
  }
  if (params.q) {
    const plan = toMatchPlan(parseSearchQuery(params.q));
    if (!plan.all) return { items: [], nextCursor: null };
    conditions.push(sql`${articleQuotes.search} @@ ${plan.all}::tsquery`);
  }
  if (params.cursor) {
    const [date, id, position] = decodeCursor(params.cursor, ['date', 'id', 'index']);
    conditions.push(sql`(${articleQuotes.date}, ${articleQuotes.articleId}, ${articleQuotes.position}) < (${date}, ${id}, ${position})`);
  }
  const rows = await db
    .select({
      articleId: articleQuotes.articleId,
      position: articleQuotes.position,
      date: articleQuotes.date,
      speaker: articleQuotes.speaker,
      speakerKey: articleQuotes.speakerKey,
      speakerName: entities.name,
      text: articleQuotes.text,
      articleTitle: articles.title,
    })
    .from(articleQuotes)
    .innerJoin(articles, eq(articles.id, articleQuotes.articleId))
    .leftJoin(entities, eq(entities.key, articleQuotes.speakerKey))
    .where(and(...conditions))
    .orderBy(desc(articleQuotes.date), desc(articleQuotes.articleId), desc(articleQuotes.position))
    .limit(params.limit + 1);
  const items = rows.slice(0, params.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > params.limit && last ? encodeCursor([last.date, last.articleId, last.position]) : null };
}

// A key names one entity (with the bare surname it owns); a name matches the speaker as written, or
// any entity whose name holds it. Undefined: a key no article gives, so nothing can match.
async function speakerCondition(db: Db, speaker: string): Promise<SQL | undefined> {
  if (/^(person|organisation|place):/.test(speaker)) {
    const resolved = await resolveEntity(db, speaker);
    return resolved && inArray(articleQuotes.speakerKey, resolved.keys);
  }
  const escaped = escapeLike(speaker);
  return or(ilike(articleQuotes.speaker, escaped), ilike(entities.name, `%${escaped}%`))!;
}
