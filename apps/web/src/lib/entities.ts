import type { ArticleEntity, EntityKind } from '@dateline/core';

/** The kinds of entity, in the order pages list them, with their names. */
export const ENTITY_KINDS: readonly { kind: EntityKind; one: string; many: string }[] = [
  { kind: 'person', one: 'Person', many: 'People' },
  { kind: 'organisation', one: 'Organisation', many: 'Organisations' },
  { kind: 'place', one: 'Place', many: 'Places' },
];

/** "Person", "Organisation", "Place": what an entity is, as a label. */
export function kindName(kind: EntityKind): string {
  return ENTITY_KINDS.find((entry) => entry.kind === kind)?.one ?? kind;
}

/** An entity an article names, as its "named in this article" list shows it. */
export interface NamedEntity {
  key: string;
  name: string;
  /** The first role the article gives it, or null. */
  role: string | null;
}

/** The article's entities of one kind, under its heading. */
export interface KindGroup {
  kind: EntityKind;
  label: string;
  entities: NamedEntity[];
}

/** The article's entities by kind (people, organisations, places; empty kinds left out), the most mentioned first. */
export function groupByKind(entities: readonly ArticleEntity[]): KindGroup[] {
  // sort is stable: equally mentioned entities keep the article's order.
  const ranked = [...entities].sort((a, b) => b.mentions.length - a.mentions.length);
  return ENTITY_KINDS.flatMap(({ kind, many }) => {
    const named = ranked
      .filter((entity) => entity.kind === kind)
      .map((entity) => ({ key: entity.key, name: entity.name, role: entity.roles[0] ?? null }));
    return named.length > 0 ? [{ kind, label: many, entities: named }] : [];
  });
}
