import { and, desc, eq, ilike, inArray, notInArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { InvalidCursorError } from '../errors.js';
import type { ArticleSummary, Page } from '../model.js';
import type { EntitySearchParams } from '../params.js';
import { summaryColumns, withStory } from './articles.js';
import { decodeCursor, encodeCursor, escapeLike } from './cursor.js';
import type { Db } from './open.js';
import { listQuotes, type QuoteSummary } from './quotes.js';
import { articleEntities, articles, articleStories, entities } from './schema.js';
import { getEntityTimeline, type TimelineEvent } from './timelines.js';
import { resolveEntity, soleFullName } from './entity-keys.js';

/** An entity as lists show it: what it is, and in how many articles. */
export interface EntitySummary {
  /** Stable archive-wide id: kind and folded canonical name ("person:antony blinken"). */
  key: string;
  kind: 'person' | 'place' | 'organisation';
  name: string;
  articleCount: number;
}

/** Everything an entity page shows. */
export interface EntityProfile extends EntitySummary {
  /** Roles the articles give it ("US Secretary of State"), most often seen first. */
  roles: { role: string; articles: number }[];
  /** Articles mentioning it per month, oldest first: the mentions-over-time chart. */
  months: { month: string; articles: number }[];
  /** Its latest quotes, when it speaks. */
  quotes: QuoteSummary[];
  /** Entities most often named in the same articles (among its latest 1,000), with how many they share. */
  related: (EntitySummary & { shared: number })[];
  /** The latest articles mentioning it. */
  articles: ArticleSummary[];
  /** Dated sentences naming it, from its latest 30 articles, in date order. */
  timeline: TimelineEvent[];
}

// A name fragment matches this many entities at most before they are ranked by article count.
const MATCH_LIMIT = 1000;
const KEY = /^(person|place|organisation):[^\u0000]{1,200}$/u;

/** True when `value` has the shape of an entity key. */
export function isEntityKey(value: string): boolean {
  return KEY.test(value);
}

/**
 * Entities whose name holds the words of `q` (all entities without it), optionally of one kind,
 * the most written about first.
 */
export async function searchEntities(db: Db, params: EntitySearchParams): Promise<Page<EntitySummary>> {
  const offset = params.cursor ? decodeCursor(params.cursor, ['index'])[0] : 0;
  if (offset > MATCH_LIMIT) throw new InvalidCursorError(params.cursor ?? '');
  const conditions: SQL[] = [];
  if (params.kind) conditions.push(eq(entities.kind, params.kind));
  if (params.q) conditions.push(ilike(entities.name, `%${escapeLike(params.q)}%`));
  // A bare surname that the archive's one full-name person owns is listed under that person.
  conditions.push(sql`NOT (${entities.kind} = 'person' AND ${entities.key} = 'person:' || ${entities.surname} AND ${soleFullName(entities.surname)} IS NOT NULL)`);
  const matched = db
    .select({ key: entities.key, kind: entities.kind, name: entities.name, surname: entities.surname })
    .from(entities)
    .where(and(...conditions))
    .orderBy(entities.name)
    .limit(MATCH_LIMIT)
    .as('matched');
  const articleCount = sql<number>`(SELECT count(DISTINCT ${articleEntities.articleId})::int FROM ${articleEntities}
    WHERE ${articleEntities.entityKey} = ${matched.key} OR ${articleEntities.entityKey} = ${ownedSurname(matched)})`.as('article_count');
  const rows = await db
    .select({ key: matched.key, kind: matched.kind, name: matched.name, articleCount })
    .from(matched)
    .orderBy(desc(sql`article_count`), matched.key)
    .limit(params.limit + 1)
    .offset(offset);
  const items = rows.slice(0, params.limit);
  return { items, nextCursor: rows.length > params.limit ? encodeCursor([offset + params.limit]) : null };
}

/**
 * The entity with this key and what its page shows, or undefined. A person's page gathers the
 * articles that name only their surname when no other full name in the archive ends in it; such a
 * bare surname's key answers with that person's page.
 */
export async function getEntity(db: Db, key: string): Promise<EntityProfile | undefined> {
  if (!isEntityKey(key)) return undefined;
  const resolved = await resolveEntity(db, key);
  if (!resolved) return undefined;
  const { entity, keys } = resolved;
  const mentioned = inArray(articleEntities.entityKey, keys);
  const [[count], roles, months, quotes, related, latest, timeline] = await Promise.all([
    db.select({ n: sql<number>`count(DISTINCT ${articleEntities.articleId})::int` }).from(articleEntities).where(mentioned),
    db
      .select({ role: sql<string>`r.role`, articles: sql<number>`count(*)::int` })
      .from(sql`${articleEntities}, jsonb_array_elements_text(${articleEntities.roles}) AS r(role)`)
      .where(mentioned)
      .groupBy(sql`r.role`)
      .orderBy(desc(sql`count(*)`), sql`r.role`)
      .limit(10),
    db
      .select({ month: sql<string>`to_char(${articleEntities.date}, 'YYYY-MM')`, articles: sql<number>`count(DISTINCT ${articleEntities.articleId})::int` })
      .from(articleEntities)
      .where(mentioned)
      .groupBy(sql`1`)
      .orderBy(sql`1`),
    listQuotes(db, { speaker: entity.key, limit: 20 }).then((page) => page.items),
    relatedEntities(db, keys),
    db
      .selectDistinctOn([articleEntities.date, articleEntities.articleId], summaryColumns)
      .from(articleEntities)
      .innerJoin(articles, eq(articles.id, articleEntities.articleId))
      .leftJoin(articleStories, withStory)
      .where(mentioned)
      .orderBy(desc(articleEntities.date), desc(articleEntities.articleId))
      .limit(20),
    getEntityTimeline(db, keys),
  ]);
  const { surname: _surname, ...summary } = entity;
  return { ...summary, articleCount: count?.n ?? 0, roles, months, quotes, related, articles: latest, timeline };
}

// The bare-surname key a listed full-name person owns, or NULL.
function ownedSurname(row: { kind: AnyColumn | SQL.Aliased; key: AnyColumn | SQL.Aliased; surname: AnyColumn | SQL.Aliased }): SQL {
  return sql`CASE WHEN ${row.kind} = 'person' AND ${row.key} <> 'person:' || ${row.surname} AND ${soleFullName(sql`${row.surname}`)} = ${row.key}
    THEN 'person:' || ${row.surname} END`;
}

// Co-occurrence over the entity's latest 1,000 articles: enough to rank, bounded for entities in every article.
async function relatedEntities(db: Db, keys: string[]): Promise<EntityProfile['related']> {
  const recent = db
    .select({ articleId: articleEntities.articleId })
    .from(articleEntities)
    .where(inArray(articleEntities.entityKey, keys))
    .orderBy(desc(articleEntities.date))
    .limit(1000);
  const shared = await db
    .select({ key: articleEntities.entityKey, shared: sql<number>`count(*)::int` })
    .from(articleEntities)
    .where(and(inArray(articleEntities.articleId, recent), notInArray(articleEntities.entityKey, keys)))
    .groupBy(articleEntities.entityKey)
    .orderBy(desc(sql`count(*)`), articleEntities.entityKey)
    .limit(12);
  if (shared.length === 0) return [];
  // A bare surname counts towards the full-name person who owns it.
  const owners = await db
    .select({ key: entities.key, owner: sql<string | null>`CASE WHEN ${entities.kind} = 'person' AND ${entities.key} = 'person:' || ${entities.surname} THEN ${soleFullName(entities.surname)} END` })
    .from(entities)
    .where(inArray(entities.key, shared.map((row) => row.key)));
  const ownerOf = new Map(owners.map((row) => [row.key, row.owner ?? row.key]));
  const totals = new Map<string, number>();
  for (const row of shared) {
    const key = ownerOf.get(row.key) ?? row.key;
    if (!keys.includes(key)) totals.set(key, (totals.get(key) ?? 0) + row.shared);
  }
  const named = await db
    .select({
      key: entities.key,
      kind: entities.kind,
      name: entities.name,
      articleCount: sql<number>`(SELECT count(*)::int FROM ${articleEntities} WHERE ${articleEntities.entityKey} = ${entities.key})`,
    })
    .from(entities)
    .where(inArray(entities.key, [...totals.keys()]));
  return named.map((entity) => ({ ...entity, shared: totals.get(entity.key) ?? 0 })).sort((a, b) => b.shared - a.shared || (a.key < b.key ? -1 : 1));
}

