import { ENGLISH_STOP_WORDS } from '../search/stop-words.js';
import { BETWEEN_SUBJECT_AND_VERB, SPEECH_VERBS } from '../text/name-words.js';
import type { BlockReading } from '../text/reading.js';
import { FIRST_NAMES } from './first-names.js';
import { PLACE_PREPOSITIONS } from './name-cues.js';
import { isCapitalised, isPossessive } from './runs.js';

/** Evidence from the words around a mention, added up over an entity's mentions. */
export interface KindVotes {
  person: number;
  place: number;
  organisation: number;
}

// Prepositions that say "place" firmly; "from", "to" and "at" also take people and bodies.
const FIRM_PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'inside', 'across', 'throughout', 'into', 'towards', 'toward', 'around', 'within']);
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'region', 'province', 'capital', 'country', 'island', 'port', 'district', 'suburb', 'settlement', 'oblast', 'state']);
// Endings of Slavic and Central Asian place names: "Kramatorsk", "Pavlivka", "Volgograd", "Melitopol".
const PLACE_ENDINGS = /(?:[^aeiouy]sk|ivka|ivske|grad|hrad|opol|stan|abad|burg)$/u;

/**
 * Adds to `votes` what the words around the name at tokens a..b of a block say: "in X" or "the
 * village of X" a place, "X said" or "X, who" a person, "the X" a body rather than a person (but not
 * in "the Trump administration"), a given name a person. `lower(i)` is token i in lowercase.
 */
export function voteOnContext(votes: KindVotes, block: BlockReading, a: number, b: number, lower: (i: number) => string): void {
  const { tokens } = block;
  let before = a - 1;
  const determiner = lower(before) === 'the';
  let after = b + 1;
  const possessive = isPossessive(tokens[b]?.text ?? '');
  // "the Trump administration": the article belongs to the noun after the name, not to the name.
  if (determiner && (possessive || !startsNoun(block, after))) votes.organisation += 1;
  if (determiner) before--;
  const preposition = lower(before);
  if (PLACE_PREPOSITIONS.has(preposition)) votes.place += FIRM_PLACE_PREPOSITIONS.has(preposition) ? 2 : 1;
  else if (preposition === 'of') {
    // "the village of Shebekino"; "Andrew Hill of Plymouth", "Senator Josh Hawley of Missouri".
    if (PLACE_NOUNS.has(lower(before - 1))) votes.place += 3;
    else if (!determiner && isCapitalised(tokens[before - 1]?.text ?? '')) votes.place += 1;
  }
  if (!possessive) {
    for (let skipped = 0; skipped < 2 && BETWEEN_SUBJECT_AND_VERB.has(lower(after)); skipped++) after++;
    if (SPEECH_VERBS.has(lower(after)) && !determiner) votes.person += 1;
  }
  if (tokens[b + 1]?.text === ',') {
    const relative = lower(b + 2);
    if (relative === 'who') votes.person += 2;
    else if (relative === 'which') votes.organisation += 1;
  }
  const first = lower(a);
  if (a === b && PLACE_ENDINGS.test(first)) votes.place += 1;
  if (FIRST_NAMES.has(first)) votes.person += 1;
}

/** Whether token i is a lowercase word that could be the noun a name modifies: not a verb or function word. */
function startsNoun(block: BlockReading, i: number): boolean {
  const token = block.tokens[i];
  if (!token?.word || isCapitalised(token.text)) return false;
  const lower = token.text.toLowerCase();
  return !ENGLISH_STOP_WORDS.has(lower) && !SPEECH_VERBS.has(lower) && !BETWEEN_SUBJECT_AND_VERB.has(lower);
}
