// Tests on capitalised words that tell an ordinary word or a title from a name.
import { ENGLISH_STOP_WORDS } from '../search/stop-words.js';
import { STARTERS, TITLES } from '../text/abbreviations.js';
import { ROLE_MODIFIERS, ROLE_WORDS } from '../text/name-words.js';
import type { BlockReading } from '../text/reading.js';
import { EVENT_HEADS, NOT_NAMES, SENTENCE_OPENERS } from './name-cues.js';
import { isCapitalised } from './runs.js';

/** Whether a token starts with a digit ("53rd"). */
export function isDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** Whether a capitalised word opening a sentence is an ordinary word there: "But", "Meanwhile". */
export function isSentenceWord(lower: string): boolean {
  return ENGLISH_STOP_WORDS.has(lower) || STARTERS.has(lower) || SENTENCE_OPENERS.has(lower);
}

/** Calendar words and the like, possessive or not: "Monday’s". */
export function isNotName(lower: string): boolean {
  return NOT_NAMES.has(lower) || ((lower.endsWith('’s') || lower.endsWith("'s")) && NOT_NAMES.has(lower.slice(0, -2)));
}

/** Whether a lowercase word is the head of a title or position ("minister") or an abbreviated title ("secy"). */
export function isRoleWord(lower: string): boolean {
  return ROLE_WORDS.has(lower) || TITLES.has(lower);
}

/** Whether a word only ever describes a position: "Former", "Acting", "Foreign", "Minister". */
export function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return isRoleWord(lower) || ROLE_MODIFIERS.has(lower);
}

/**
 * Whether words can be a name at all: not an event or a law ("World War Two", "Gambling Bill"),
 * not an ideology ("Neoconservatism"), not a slogan in capitals ("NO COLLUSION").
 */
export function isNameLike(words: readonly string[]): boolean {
  if (EVENT_HEADS.has(words.at(-1)?.toLowerCase() ?? '')) return false;
  // "World War Two", "Second World War II".
  for (let i = 1; i < words.length - 1; i++) if (words[i] === 'War') return false;
  const only = words.length === 1 ? (words[0] ?? '') : '';
  if (only !== '') return !only.endsWith('ism') && !only.endsWith('isms');
  return !words.every((w) => w === w.toUpperCase()) || !words.some((w) => ENGLISH_STOP_WORDS.has(w.toLowerCase()));
}

/**
 * Whether a block is a title-case headline ("Trump Says He Will Meet Kim"), where capitals mark
 * every word: every longer word that is not a stop word is capitalised.
 */
export function isTitleCase(block: BlockReading): boolean {
  if (block.tokens.length > 60) return false;
  let capitalised = 0;
  let count = 0;
  for (const token of block.tokens) {
    if (!token.word || token.text.length < 4) continue;
    if (++count > 30) return false;
    if (isCapitalised(token.text)) capitalised++;
    else if (!ENGLISH_STOP_WORDS.has(token.text)) return false;
  }
  return capitalised >= 4;
}
