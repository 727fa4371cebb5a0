import { DETERMINERS, isNationality } from './name-words.js';

/**
 * Which person holds which role, as the text pairs them ("US Secretary of State Antony Blinken").
 * Keys are normalised role texts; values the surnames seen with them. Plain data, so a story can
 * pool its articles' maps: one article's "Secretary of State Blinken" names another's "Secretary of State".
 * Keys starting with "~" are looser forms of a role, used only when the exact one has no pairing.
 */
export type RoleMap = ReadonlyMap<string, ReadonlySet<string>>;

/** How a person stands to a role: paired with it, paired only with other roles, or paired with none. */
export type RoleFit = 'fits' | 'conflicts' | 'unknown';

const POSSESSIVE_OWNER = /^\p{Lu}\p{Ll}+['’]s$/u;

/** A role text as a map key: lowercase, without determiners or dots ("The U.S. Secretary" → "us secretary"). */
function roleKey(role: string): string {
  return role
    .toLowerCase()
    .replace(/\./gu, '')
    .split(/\s+/u)
    .filter((w) => w !== '' && !DETERMINERS.has(w))
    .join(' ');
}

/** Whether a word says whose role it is: a nationality ("Russian", "US") or a country owning it ("Israel’s"). */
function isOwner(word: string): boolean {
  return isNationality(word) || POSSESSIVE_OWNER.test(word);
}

/** The role without its nationality ("Russian Foreign Minister" → "foreign minister"), for a looser match. */
function coreKey(role: string): string {
  return roleKey(role.split(/\s+/u).filter((w) => !isOwner(w)).join(' '));
}

/** The role's nationality, shortened so "Russian" and "Russia’s" agree ("russ"), or "" when it has none. */
function nationalityOf(role: string): string {
  const owner = role.split(/\s+/u).find(isOwner);
  return owner ? owner.toLowerCase().replace(/['’]s$|\./gu, '').slice(0, 4) : '';
}

/** The keys a pairing is stored under: exact, core, and core qualified by its nationality or by having none. */
function keysOf(role: string): string[] {
  const core = coreKey(role);
  if (core === '') return [roleKey(role)].filter(Boolean);
  const nationality = nationalityOf(role);
  return [...new Set([roleKey(role), `~${core}`, nationality ? `~!${nationality} ${core}` : `~=${core}`])];
}

/** Adds one pairing of a role and a surname to a map being built. */
export function addRole(map: Map<string, Set<string>>, role: string, surname: string): void {
  for (const key of keysOf(role)) {
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
 * Who may hold a role by its core: for "French president", people paired with a president of no
 * nationality or a French one, never "Russian president Putin"; for "the president", anyone paired
 * with a president.
 */
function holders(map: RoleMap, role: string): ReadonlySet<string> {
  const core = coreKey(role);
  const nationality = nationalityOf(role);
  if (!nationality) return map.get(`~${core}`) ?? new Set();
  return new Set([...(map.get(`~=${core}`) ?? []), ...(map.get(`~!${nationality} ${core}`) ?? [])]);
}

/**
 * The surname a role stands for, or null when no pairing or several: the role as written first
 * ("US Secretary of State"), then by its core ("Secretary of State"), both only when one person fits.
 */
export function resolveRole(map: RoleMap, role: string): string | null {
  const exact = map.get(roleKey(role));
  if (exact) return exact.size === 1 ? ([...exact][0] ?? null) : null;
  const loose = holders(map, role);
  return loose.size === 1 ? ([...loose][0] ?? null) : null;
}

/**
 * Whether a person may hold a role, by the pairings of `map` (`paired`: every surname it pairs with
 * some role): they fit when paired with a role of the same head word and no other nationality
 * ("governor" fits "the regional governor"; "Russian president" does not fit "the French president").
 */
export function roleFit(map: RoleMap, paired: ReadonlySet<string>, role: string, surname: string): RoleFit {
  if (!paired.has(surname)) return 'unknown';
  if (map.get(roleKey(role))?.has(surname) || holders(map, role).has(surname)) return 'fits';
  const head = coreKey(role).split(' ').at(-1);
  const nationality = nationalityOf(role);
  for (const [key, names] of map) {
    if (!names.has(surname)) continue;
    const qualified = /^~!(\S+) (.*)$/u.exec(key);
    const core = qualified ? qualified[2] : key.startsWith('~=') ? key.slice(2) : undefined;
    const other = qualified?.[1] ?? '';
    if (core?.split(' ').at(-1) === head && (!nationality || !other || other === nationality)) return 'fits';
  }
  return 'conflicts';
}

/** Every surname a map pairs with a role. */
export function pairedSurnames(map: RoleMap): Set<string> {
  const names = new Set<string>();
  for (const set of map.values()) for (const name of set) names.add(name);
  return names;
}
