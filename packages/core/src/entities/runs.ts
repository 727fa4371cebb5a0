import { TITLES } from '../text/abbreviations.js';
import { ROLE_MODIFIERS, ROLE_WORDS } from '../text/name-words.js';
import type { Token } from '../text/tokens.js';
import { lookupName } from './gazetteer.js';
import { HEADS_BEFORE_OF, NAME_PARTICLES, NOT_NAMES, ORGANISATION_HEADS } from './name-cues.js';

const UPPER = /^\p{Lu}/u;
const POSSESSIVE = /['’]s$/u;
// Stops that belong to the word before them inside a name: "J." in "Michael J. Fox", "St." in "St. Louis".
const STOP_TAKERS = new Set(['st', 'mt', 'ft', ...TITLES]);
const CONNECTORS = new Set(['of', 'for', 'against', 'on', 'and']);

/** Whether a token starts with a capital letter; the ASCII test first, as this runs for every token. */
export function isCapitalised(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  return code >= 128 && UPPER.test(text);
}

// "I’m", "We’ve", "They're": a pronoun, whatever its capital.
const CONTRACTION = /['’](?:m|re|ve|ll|d|t)$/iu;
// "F-16", "S-400", "X-22": a model, not a name.
const MODEL = /^\p{L}+-\d/u;

/** Whether a capitalised word can be part of a name: not a contraction ("I’m") or a model ("F-16"). */
export function isNameWord(text: string): boolean {
  if (text.length <= 2) return true;
  if ((text.includes('’') || text.includes("'")) && CONTRACTION.test(text)) return false;
  return !(text.includes('-') && MODEL.test(text));
}

/** Whether a word ends in a possessive "’s". */
export function isPossessive(text: string): boolean {
  return text.endsWith('s') && POSSESSIVE.test(text);
}

// "Russia-backed", "Hague-based", "Las Vegas-style": a name made into an adjective, which ends the
// name. Tails of names themselves stay ("Kim Jong-un", "Moon Jae-in").
const LOWERCASE_TAIL = /-(?:\p{Ll}+(?:ed|ing|en)|style|friendly|era|type|wide|like|born|run|made|held|based|bound|centric|minded|oriented|sponsored|aligned|leaning)$/u;

/** Where the name part of a token ends in its text: before a possessive "’s" or a lowercase hyphenated tail. */
export function nameEndIn(token: Token): number {
  const { text } = token;
  if (text.endsWith('s') && POSSESSIVE.test(text)) return token.end - 2;
  const tail = text.includes('-') ? LOWERCASE_TAIL.exec(text) : null;
  return tail ? token.end - tail[0].length : token.end;
}

/** Whether a token ends its name run: a name made into an adjective. */
function endsRun(text: string): boolean {
  return text.includes('-') && LOWERCASE_TAIL.test(text);
}

/** The tokens of one block a run is read from: its tokens and the sentence of each. */
export interface RunSource {
  tokens: readonly Token[];
  sentenceOf: readonly number[];
}

/**
 * The last token of the name run that starts at token `start`: capitalised words in one sentence,
 * joined across initials ("Michael D. Cohen"), "&" ("Marks & Spencer"), name particles ("von der
 * Leyen"), and across "of", "for", "against", "on" and "and" only where a head word asks for them
 * ("Ministry of Defence", "Centre for Strategic and International Studies", "Secretary of State"),
 * so "Russia and Ukraine" stay two runs.
 */
export function nameRunEnd(source: RunSource, start: number): number {
  const { tokens, sentenceOf } = source;
  const sentence = sentenceOf[start] ?? -1;
  const capitalAt = (i: number) => isCapitalisedWordIn(source, i, sentence);
  let end = start;
  let connected = false;
  for (;;) {
    const last = tokens[end];
    const next = tokens[end + 1];
    if (!last || !next || sentenceOf[end + 1] !== sentence || endsRun(last.text)) break;
    if (isPossessive(last.text)) {
      // "King’s College London", "Worker's Party": an owner inside an organisation's name, not "Britain’s Ministry".
      const head = next.text.toLowerCase();
      const joins = capitalAt(end + 1) && (ORGANISATION_HEADS.has(head) || head === 'republic') && !lookupName(last.text.replace(POSSESSIVE, ''));
      if (!joins) break;
    }
    // A capitalised connector ("Committee Against Torture", "Reuters And AP") is read like a lowercase one.
    if (next.word && isCapitalised(next.text) && !CONNECTORS.has(next.text.toLowerCase())) {
      if (!isNameWord(next.text)) break;
      end++;
      continue;
    }
    if (next.text === '.' && next.start === last.end && capitalAt(end + 2) && takesStop(last.text)) {
      end += 2;
      continue;
    }
    // "BBC Radio 4", "Channel 4".
    if (/^\d{1,2}(?:['’]s)?$/u.test(next.text) && (last.text === 'Radio' || last.text === 'Channel')) {
      end++;
      continue;
    }
    if (next.text === '&' && capitalAt(end + 2)) {
      end += 2;
      continue;
    }
    if (!next.word) break;
    const lower = next.text.toLowerCase();
    if (NAME_PARTICLES.has(lower)) {
      let k = end + 1;
      while (NAME_PARTICLES.has(tokens[k]?.text.toLowerCase() ?? '') && sentenceOf[k] === sentence) k++;
      if (!capitalAt(k)) break;
      end = k;
      continue;
    }
    if (!CONNECTORS.has(lower)) break;
    let k = end + 2;
    if (tokens[k]?.text.toLowerCase() === 'the' && lower !== 'and') k++;
    // "the Senate on Tuesday": a day is never part of a name.
    if (!capitalAt(k) || NOT_NAMES.has(tokens[k]?.text.toLowerCase() ?? '') || CONNECTORS.has(tokens[k]?.text.toLowerCase() ?? '')) break;
    if (!joinsAcross(lower, tokens, start, end, k, hasHead(tokens, start, end), connected, capitalAt)) break;
    connected = true;
    end = k;
  }
  return end;
}

/** Whether tokens a..b hold an organisation's head word ("Centre", "Committee"); asked only at a connector. */
function hasHead(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (ORGANISATION_HEADS.has(tokens[i]?.text.toLowerCase() ?? '')) return true;
  return false;
}

/** Whether a run ending at `end` continues over a connector to the capitalised word at `next`. */
function joinsAcross(
  connector: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  next: number,
  headed: boolean,
  connected: boolean,
  capitalAt: (i: number) => boolean,
): boolean {
  const lastLower = tokens[end]?.text.toLowerCase() ?? '';
  if (connector === 'of') {
    if (HEADS_BEFORE_OF.has(lastLower) || ORGANISATION_HEADS.has(lastLower) || (headed && connected)) return true;
    // "Secretary of State", "Minister of Foreign Affairs": a title, split from the name later.
    return ROLE_WORDS.has(lastLower) && ROLE_MODIFIERS.has(tokens[next]?.text.toLowerCase() ?? '');
  }
  if (connector !== 'and') return headed;
  if (headed && connected) return true;
  if (headed) return false;
  // "European Border and Coast Guard Agency": joined when what follows ends in a head and what went
  // before is no known name of its own ("Britain and European Union" stay apart).
  let k = next;
  while (capitalAt(k + 1)) k++;
  if (!ORGANISATION_HEADS.has(tokens[k]?.text.toLowerCase() ?? '')) return false;
  const before = tokens.slice(start, end + 1).map((t) => t.text).join(' ');
  return lookupName(before) === undefined;
}

function isCapitalisedWordIn(source: RunSource, i: number, sentence: number): boolean {
  const token = source.tokens[i];
  return token !== undefined && token.word && source.sentenceOf[i] === sentence && isCapitalised(token.text);
}

function takesStop(word: string): boolean {
  return /^\p{Lu}$/u.test(word) || STOP_TAKERS.has(word.toLowerCase());
}
