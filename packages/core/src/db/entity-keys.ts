import { eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from './open.js';
import { entities } from './schema.js';

/** An entity row, as entity pages start from it. */
export type EntityRow = typeof entities.$inferSelect;

/** SQL: the key of the one person whose full name ends in `surname`, or NULL when none or several do. */
export function soleFullName(surname: SQL | AnyColumn): SQL {
  return sql`(SELECT CASE WHEN count(*) = 1 THEN min(f.key) END FROM ${entities} f
    WHERE f.kind = 'person' AND f.surname = ${surname} AND f.key <> 'person:' || f.surname)`;
}

/**
 * The entity a key names and every key its page gathers: a bare surname ("person:blinken") owned by
 * the archive's one full-name person resolves to that person, whose keys are then both. Undefined
 * for a key no article gives.
 */
export async function resolveEntity(db: Db, key: string): Promise<{ entity: EntityRow; keys: string[] } | undefined> {
  const [found] = await db.select().from(entities).where(eq(entities.key, key));
  if (!found) return undefined;
  const bareKey = (row: EntityRow) => row.kind === 'person' && row.key === `person:${row.surname}`;
  const [owner] = bareKey(found) ? await db.select().from(entities).where(sql`${entities.key} = ${soleFullName(sql`${found.surname}`)}`) : [];
  const entity = owner ?? found;
  const [bare] =
    entity.kind === 'person' && !bareKey(entity)
      ? await db
          .select({ key: entities.key })
          .from(entities)
          .where(sql`${entities.key} = 'person:' || ${entity.surname} AND ${soleFullName(sql`${entity.surname}`)} = ${entity.key}`)
      : [];
  return { entity, keys: bare ? [entity.key, bare.key] : [entity.key] };
}
