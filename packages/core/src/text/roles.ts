import { DETERMINERS, isNationality } from './name-words.js';

/**
 * Which person holds which role, as the text pairs them ("US Secretary of State Antony Blinken").
 * Keys are normalised role texts; values the surnames seen with them. Plain data, so a story can
 * pool its articles' maps: one article's "Secretary of State Blinken" names another's "Secretary of State".
 */
export type RoleMap = ReadonlyMap<string, ReadonlySet<string>>;

/** A role text as a map key: lowercase, without determiners or dots ("The U.S. Secretary" → "us secretary"). */
function roleKey(role: string): string {
  return role
    .toLowerCase()
    .replace(/\./gu, '')
    .split(/\s+/u)
    .filter((w) => w !== '' && !DETERMINERS.has(w))
    .join(' ');
}

/** The role without its nationality ("Russian Foreign Minister" → "foreign minister"), for a looser match. */
function coreKey(role: string): string {
  return roleKey(role.split(/\s+/u).filter((w) => !isNationality(w)).join(' '));
}

/** Adds one pairing of a role and a surname to a map being built. */
export function addRole(map: Map<string, Set<string>>, role: string, surname: string): void {
  for (const key of new Set([roleKey(role), `~${coreKey(role)}`])) {
    if (key === '' || key === '~') continue;
    const names = map.get(key) ?? new Set<string>();
    names.add(surname);
    map.set(key, names);
  }
}

/** All pairings of several maps together; a role two people hold stays ambiguous and resolves to none. */
export function mergeRoles(maps: Iterable<RoleMap>): RoleMap {
  const merged = new Map<string, Set<string>>();
  for (const map of maps) {
    for (const [key, names] of map) {
      const into = merged.get(key) ?? new Set<string>();
      for (const name of names) into.add(name);
      merged.set(key, into);
    }
  }
  return merged;
}

/**
 * The surname a role stands for, or null when no pairing or several: the role as written first
 * ("US Secretary of State"), then without nationality ("Secretary of State"), both only when one person fits.
 */
export function resolveRole(map: RoleMap, role: string): string | null {
  for (const key of [roleKey(role), `~${coreKey(role)}`]) {
    const names = map.get(key);
    if (names && names.size === 1) return [...names][0] ?? null;
    if (names && names.size > 1) return null;
  }
  return null;
}
