import { isDemonym } from './demonyms.js';
import type { EntityKind } from './entity.js';
import { FIRST_NAMES } from './first-names.js';
import { lookupName } from './gazetteer.js';
import { DIRECTIONS, ORGANISATION_HEADS, PLACE_HEADS, PLACE_PREFIXES } from './name-cues.js';

/** How a name's kind was found, strongest first. */
export type KindBasis = 'known' | 'head' | 'title' | 'shape' | 'default' | 'none';

// Connectors after a name's head: "Ministry of Defence", "Committee Against Torture". "and" joins
// modifiers before the head ("Border and Coast Guard Agency"), so it is not one.
const AFTER_HEAD = new Set(['of', 'for', 'against', 'on']);
const ACRONYM = /^(?:\p{Lu}\.?){2,}$|^\p{Lu}{1,2}\d+$/u;
const CAPITALS = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}\d&.\-]+$/u;
const CAMEL = /\p{Ll}\p{Lu}/u;
const POSSESSIVE = /['’]s$/u;

/** Whether a word is an acronym ("CNN", "U.S.", "G7", "MI6") or CamelCase ("WhatsApp"). */
export function isAcronymLike(word: string): boolean {
  return ACRONYM.test(word) || CAMEL.test(word);
}

/**
 * The kind a name's head word gives it, or undefined: the word before "of", "for", "against" or
 * "on" when there is one ("Ministry of Defence"), else the last word ("Black Sea", "Labour Party").
 * A single word is never its own head: "Police" alone is a common noun.
 */
export function headKind(words: readonly string[]): EntityKind | undefined {
  if (words.length < 2) return undefined;
  let head = words.length - 1;
  for (let i = 1; i < words.length; i++) {
    if (AFTER_HEAD.has(words[i]?.toLowerCase() ?? '')) {
      head = i - 1;
      break;
    }
  }
  const lower = (words[head] ?? '').toLowerCase().replace(POSSESSIVE, '');
  if (ORGANISATION_HEADS.has(lower)) return 'organisation';
  // "Andrew Hill", "Tony Park": a given name and a surname that is also a place's head.
  if (PLACE_HEADS.has(lower) && !(words.length === 2 && FIRST_NAMES.has(words[0]?.toLowerCase() ?? ''))) return 'place';
  return undefined;
}

/**
 * The kind a name's shape suggests, and how sure that is: acronyms, CamelCase and "&" make bodies;
 * "San …", "… North" places; a known body or place inside a longer name a body named after it
 * ("Guardian Business", "Real Madrid"); anything else of two or more words a person, surely when it
 * opens with a given name. A single plain word says nothing.
 */
export function shapeKind(words: readonly string[], text: string): [EntityKind | undefined, KindBasis] {
  if (text.includes('&')) return ['organisation', 'shape'];
  const acronym = (ACRONYM.test(text) || CAPITALS.test(text)) && text.replace(/\./gu, '').length <= 6;
  // A long word in capitals is a headline's ordinary name ("WASHINGTON"), not an acronym.
  if (!text.includes(' ') && (acronym || CAMEL.test(text))) return ['organisation', 'shape'];
  if (words.length < 2) return [undefined, 'none'];
  const lowers = words.map((w) => w.toLowerCase());
  const first = lowers[0] ?? '';
  if (FIRST_NAMES.has(first)) return ['person', 'shape'];
  if (PLACE_PREFIXES.has(first)) return ['place', 'shape'];
  if (words.length === 2 && lowers.some((w) => DIRECTIONS.has(w))) return ['place', 'shape'];
  const knowns = words.map((w) => lookupName(w));
  if (knowns.some((k) => k?.kind === 'organisation')) return ['organisation', 'shape'];
  if (knowns.some((k) => k?.kind === 'place')) {
    // "Soviet Ukraine" is a place; "Real Madrid", "Rolls-Royce Germany" are bodies named after one.
    const described = lowers.every((w, i) => knowns[i]?.kind === 'place' || isDemonym(w) || DIRECTIONS.has(w));
    return [described ? 'place' : 'organisation', 'shape'];
  }
  if (words.every(isAcronymLike)) return ['organisation', 'shape'];
  return ['person', 'default'];
}
