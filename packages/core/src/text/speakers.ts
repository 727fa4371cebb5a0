import { surnameOf, type NamePhrase } from './names.js';
import type { PersonMention, Reading } from './reading.js';
import { resolveRole, type RoleMap } from './roles.js';
import { normalizeWord } from './tokens.js';

/** Who a phrase says is speaking: a surname, an organisation or an unresolved role as written. */
export interface Speaker {
  speaker: string;
  role: string | null;
}

/** How far back "he" or "she" may look for the person it stands for, in sentences. */
const PRONOUN_REACH = 3;

/**
 * The speaker a phrase names at `start` (an offset in block `blockIndex`), or null for a generic
 * group, a pronoun with no fitting person before it, or no phrase. Roles resolve to a surname
 * through `roles` when exactly one person holds them; otherwise the role text is the speaker.
 */
export function speakerOf(
  reading: Reading,
  phrase: NamePhrase | undefined,
  blockIndex: number,
  start: number,
  roles: RoleMap,
): Speaker | null {
  if (!phrase || phrase.generic) return null;
  if (phrase.pronoun) {
    const person = antecedent(reading, blockIndex, start, phrase.pronoun);
    return person ? { speaker: person, role: null } : null;
  }
  if (phrase.name.length > 0) {
    const speaker = phrase.organisation ? phrase.name.join(' ') : surnameOf(phrase.name, reading.usedAlone);
    return { speaker, role: phrase.role };
  }
  if (phrase.role) return { speaker: resolveRole(roles, phrase.role) ?? phrase.role, role: phrase.role };
  return null;
}

/**
 * The person "he" or "she" at `start` stands for: in the pronoun's own sentence the first person
 * named before it, else in the nearest earlier sentence naming someone, the first named there (the
 * subject, usually), passing over owners ("Pompeo’s mission") and people of the other gender when
 * the text tells it. Null when nobody fits within PRONOUN_REACH sentences.
 */
function antecedent(reading: Reading, blockIndex: number, start: number, pronoun: 'he' | 'she'): string | null {
  const before = reading.persons.filter((p) => p.blockIndex < blockIndex || (p.blockIndex === blockIndex && p.start < start));
  const genders = new Map<string, 'he' | 'she'>();
  for (const p of reading.persons) if (p.gender) genders.set(normalizeWord(p.surname), p.gender);
  const fits = (p: PersonMention) => (genders.get(normalizeWord(p.surname)) ?? pronoun) === pronoun;
  const sentenceOfPronoun = sentenceAt(reading, blockIndex, start);
  for (let s = sentenceOfPronoun; s >= Math.max(0, sentenceOfPronoun - PRONOUN_REACH); s--) {
    const named = before.filter((p) => p.sentenceIndex === s && fits(p));
    const pick = named.find((p) => !p.possessive) ?? named[0];
    if (pick) return pick.surname;
  }
  return null;
}

function sentenceAt(reading: Reading, blockIndex: number, start: number): number {
  const inBlock = reading.sentences.filter((s) => s.blockIndex === blockIndex && s.start <= start);
  return inBlock.at(-1)?.index ?? 0;
}
