import type { Candidate } from './candidates.js';
import type { KindVotes } from './context-votes.js';
import type { KindBasis } from './name-kind.js';
import { entityKey, type ArticleEntity, type EntityKind } from './entity.js';

/** The mentions of one entity while an article's candidates are merged. */
interface Group {
  candidates: Candidate[];
  /** The folded name the group is known by: the gazetteer's name, else the name as written. */
  folded: string;
  words: number;
  kind: EntityKind | undefined;
  basis: KindBasis;
  known: boolean;
  /** The group this one was merged into, if any. */
  into: Group | undefined;
  /** Initials of the name's words, computed when an acronym asks. */
  initials: string | undefined;
}

const STRENGTH: Readonly<Record<KindBasis, number>> = { known: 5, head: 4, title: 3, shape: 2, default: 1, none: 0 };
// Words an acronym skips: "Organisation for the Prohibition of Chemical Weapons" → OPCW.
const ACRONYM_SKIPS = new Set(['of', 'for', 'the', 'and', 'on', 'against', 'de', 'du', 'des']);
const MIDDLE_INITIAL = /^\p{L}$/u;

/**
 * The entities an article's candidates name, in order of first mention: one group per name (a known
 * place or body under its gazetteer name), then bracketed aliases and acronyms joined to their
 * expansions, surnames and given names to the one full name they belong to, short forms of bodies
 * and places ("Rover", "the North") to theirs, and what remains typed by its context. A lone word
 * nothing types, which the article also writes in lowercase (`writesLowercase`), is dropped.
 */
export function mergeCandidates(candidates: readonly Candidate[], writesLowercase: (lower: string) => boolean): ArticleEntity[] {
  const groups = new Map<string, Group>();
  const groupOf: Group[] = [];
  const weak: Candidate[] = [];
  candidates.forEach((candidate, index) => {
    if (candidate.weak) {
      weak.push(candidate);
      return;
    }
    const id = groupId(candidate);
    let group = groups.get(id);
    if (!group) {
      group = {
        candidates: [],
        folded: candidate.known?.folded ?? id,
        words: candidate.known?.words ?? candidate.words.length,
        initials: undefined,
        kind: undefined,
        basis: 'none',
        known: candidate.known !== undefined,
        into: undefined,
      };
      groups.set(id, group);
    }
    group.candidates.push(candidate);
    if (STRENGTH[candidate.basis] > STRENGTH[group.basis]) {
      group.basis = candidate.basis;
      group.kind = candidate.kind;
    }
    groupOf[index] = group;
  });
  const all = [...groups.values()];

  candidates.forEach((candidate, index) => {
    const alias = candidate.aliasOf === undefined ? undefined : groupOf[candidate.aliasOf];
    const group = groupOf[index];
    if (alias && group) join(group, alias);
  });
  // Only names of two or more words take shorter ones in; there are few of them.
  const longer = all.filter((group) => group.words >= 2);
  for (const group of all) if (isAcronym(group)) joinAcronym(group, longer);
  for (const group of all) if (!root(group).known && root(group) === group) joinPerson(group, longer);
  for (const group of all) if (root(group) === group && group.words === 1 && !group.known) joinShortForm(group, longer);
  for (const candidate of weak) attachWeak(candidate, groups, all);

  const membersOf = new Map<Group, Candidate[]>();
  for (const group of all) {
    const top = root(group);
    const members = membersOf.get(top);
    if (members) members.push(...group.candidates);
    else membersOf.set(top, [...group.candidates]);
  }
  const entities: ArticleEntity[] = [];
  const byKey = new Map<string, ArticleEntity>();
  for (const [group, members] of membersOf) {
    const kind = group.kind ?? kindFromVotes(members);
    // A compass word, or a common word capitalised in a title ("Culture"), names nothing by itself.
    if (members.every((c) => c.direction) || (group.basis === 'none' && group.words === 1 && !members.some(hasVotes) && writesLowercase(group.folded))) continue;
    const entity = toEntity(kind, members);
    const same = byKey.get(entity.key);
    if (same) {
      same.mentions.push(...entity.mentions);
      for (const role of entity.roles) addRole(same.roles, role);
      continue;
    }
    byKey.set(entity.key, entity);
    entities.push(entity);
  }
  for (const entity of entities) entity.mentions.sort((a, b) => a.blockIndex - b.blockIndex || a.start - b.start);
  return entities.sort((a, b) => compareMention(a.mentions[0], b.mentions[0]));
}

/** The name a candidate is grouped under: the gazetteer's, else the folded name without middle initials ("Vladimir V. Putin"). */
function groupId(candidate: Candidate): string {
  // Known names are grouped under their key, which no folded name can equal (it holds a colon).
  if (candidate.known) return candidate.known.key;
  if (candidate.words.length < 3) return candidate.folded;
  const words = candidate.folded.split(' ');
  if (words.length < 3) return candidate.folded;
  return words.filter((w, i) => i === 0 || i === words.length - 1 || !MIDDLE_INITIAL.test(w)).join(' ');
}

function root(group: Group): Group {
  let g = group;
  while (g.into) g = g.into;
  return g;
}

/** Merges group `from` into group `to`; the stronger evidence of kind wins. */
function join(from: Group, to: Group): void {
  const a = root(from);
  const b = root(to);
  if (a === b) return;
  a.into = b;
  if (STRENGTH[a.basis] > STRENGTH[b.basis]) {
    b.basis = a.basis;
    b.kind = a.kind;
  }
  b.known ||= a.known;
}

function isAcronym(group: Group): boolean {
  return !group.known && group.kind === 'organisation' && group.basis === 'shape' && group.words <= 2;
}

/** Joins "SAIC" to "Shanghai Automotive Industry Corp" and "DrKW" to "Dresdner Kleinwort Wasserstein" when one name fits. */
function joinAcronym(group: Group, longer: readonly Group[]): void {
  const letters = (group.candidates[0]?.text ?? '').replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2) return;
  const first = letters[0]?.toLowerCase();
  const only = onlyFit(longer, (other) => other !== group && other.folded[0] === first && (other.initials ??= initials(other)) === letters);
  if (!only) return;
  join(group, only);
  // An acronym names a body: "Dresdner Kleinwort Wasserstein" is no person when the text calls it "DrKW".
  const target = root(only);
  if (STRENGTH[target.basis] <= STRENGTH.default) {
    target.kind = 'organisation';
    target.basis = 'shape';
  }
}

function initials(group: Group): string {
  const words = (group.candidates[0]?.words ?? []).filter((w) => !ACRONYM_SKIPS.has(w.toLowerCase()));
  return words.map((w) => w[0] ?? '').join('').toUpperCase();
}

/**
 * Joins a name to the one fuller person name it is part of: a surname ("Blinken", "von der Leyen")
 * to the name it ends, else a given name ("Brittney") to the name it starts. Among several, the one
 * named most often; bodies and places known as such stay apart.
 */
function joinPerson(group: Group, longer: readonly Group[]): void {
  if ((group.kind === 'organisation' || group.kind === 'place') && STRENGTH[group.basis] >= STRENGTH.shape) return;
  const surname = ` ${group.folded}`;
  const given = `${group.folded} `;
  let bySurname: Group | undefined;
  let byGiven: Group | undefined;
  for (const other of longer) {
    if (other.kind !== 'person' || other.words <= group.words || root(other) !== other) continue;
    if (other.folded.endsWith(surname)) {
      if (!bySurname || other.candidates.length > bySurname.candidates.length) bySurname = other;
    } else if (group.words === 1 && other.folded.startsWith(given)) {
      if (!byGiven || other.candidates.length > byGiven.candidates.length) byGiven = other;
    }
  }
  const best = bySurname ?? byGiven;
  if (best) join(group, best);
}

/** Joins a one-word short form to the one longer body or place that starts or ends with it: "Rover", "Times", "the North". */
function joinShortForm(group: Group, longer: readonly Group[]): void {
  if (group.kind === 'person' && STRENGTH[group.basis] >= STRENGTH.title) return;
  const first = `${group.folded} `;
  const last = ` ${group.folded}`;
  const only = onlyFit(
    longer,
    (other) => (other.kind === 'organisation' || other.kind === 'place') && root(other) === other && (other.folded.startsWith(first) || other.folded.endsWith(last)),
  );
  if (only) join(group, only);
}

/** The one group that fits, or undefined when none or several do. */
function onlyFit(groups: readonly Group[], fits: (group: Group) => boolean): Group | undefined {
  let found: Group | undefined;
  for (const group of groups) {
    if (!fits(group)) continue;
    if (found) return undefined;
    found = group;
  }
  return found;
}

/** Adds a weak mention (from a title-case line) to the entity it names, or starts a known one. */
function attachWeak(candidate: Candidate, groups: Map<string, Group>, all: Group[]): void {
  const id = groupId(candidate);
  const same = groups.get(id) ?? all.find((g) => g.kind === 'person' && g.folded.endsWith(` ${candidate.folded}`));
  if (same) {
    root(same).candidates.push(candidate);
    return;
  }
  if (!candidate.known) return;
  const group: Group = { candidates: [candidate], folded: candidate.known.folded, words: candidate.known.words, kind: candidate.kind, basis: 'known', known: true, into: undefined, initials: undefined };
  groups.set(id, group);
  all.push(group);
}

/** Whether the words around a mention say it is a person or a place ("Isavnin said", "in Bucha"). */
function hasVotes(candidate: Candidate): boolean {
  return candidate.votes.person > 0 || candidate.votes.place > 0;
}

/** The kind of a name only its context can tell: a title or "said" a person, "in" a place, "the" a body; a person when nothing tells. */
function kindFromVotes(members: readonly Candidate[]): EntityKind {
  const votes: KindVotes = { person: 0, place: 0, organisation: 0 };
  for (const c of members) {
    votes.person += c.votes.person;
    votes.place += c.votes.place;
    votes.organisation += c.votes.organisation;
  }
  if (votes.place > votes.person && votes.place >= votes.organisation) return 'place';
  if (votes.organisation > votes.person) return 'organisation';
  return 'person';
}

function toEntity(kind: EntityKind, members: readonly Candidate[]): ArticleEntity {
  const known = members.find((c) => c.known)?.known;
  const name = known?.name ?? fullestName(members);
  const roles: string[] = [];
  if (kind === 'person') for (const c of members) if (c.role) addRole(roles, c.role);
  return {
    key: known && known.kind === kind ? known.key : entityKey(kind, name),
    kind,
    name,
    mentions: members.map((c) => ({ text: c.text, blockIndex: c.blockIndex, sentenceIndex: c.sentenceIndex, start: c.start, end: c.end })),
    roles,
  };
}

/** The fullest way the article writes a name: most words, then longest, then first. */
function fullestName(members: readonly Candidate[]): string {
  let best = members[0];
  for (const c of members) {
    if (!best || c.words.length > best.words.length || (c.words.length === best.words.length && c.text.length > best.text.length)) best = c;
  }
  return best?.text ?? '';
}

/** Adds a role unless the list has it already, in any capitalisation. */
function addRole(roles: string[], role: string): void {
  const lower = role.toLowerCase();
  if (!roles.some((r) => r.toLowerCase() === lower)) roles.push(role);
}

function compareMention(a: { blockIndex: number; start: number } | undefined, b: { blockIndex: number; start: number } | undefined): number {
  return (a?.blockIndex ?? 0) - (b?.blockIndex ?? 0) || (a?.start ?? 0) - (b?.start ?? 0);
}
