import { stem } from 'porter2';
import { lexemes } from '../search/analyze.js';
import { ENGLISH_STOP_WORDS } from '../search/stop-words.js';
import { ROLE_MODIFIERS, ROLE_WORDS, SPEECH_VERBS, TIME_WORDS } from '../text/name-words.js';
import { lowerCase, tokenize, type Token } from '../text/tokens.js';

/** What sentence alignment compares: meaning words, numbers and names. */
export interface StatementFeatures {
  /** Porter2 lexemes of the content words, without stop words and speech verbs. */
  lexemes: Set<string>;
  /**
   * The lexemes inside quotations of at least three words: what the sentence puts in someone's
   * mouth (scare quotes, ‘frank’ talks, are left out).
   */
  quoted: Set<string>;
  /** The lexemes that only say who, where or when: of names, titles and roles, weekdays and months. */
  nameLexemes: Set<string>;
  /** The numbers, canonical ("1,000" → "1000", "five" → "5"), sorted. */
  numbers: string[];
  /**
   * The names, each a run of capitalised words split at hyphens, lowercased without dots or
   * possessives, titles left out: "Foreign Minister Sergey Lavrov’s" → ["sergey", "lavrov"], "U.S." → ["us"].
   * Stop words ("The", "We" opening a quote), weekdays and months, shouted words ("NO COLLUSION") and,
   * in a title-case headline, words the story also writes in lowercase ("Trump to Visit") are no names.
   */
  names: string[][];
}

/** What the story tells about its words beyond one sentence. */
export interface FeatureContext {
  /** Lowercased words the story capitalises where no sentence starts: a sentence's first word counts as a name if here. */
  known: ReadonlySet<string>;
  /** Lowercased role texts ("us secretary of state") and the surname each stands for in this story. */
  roles: ReadonlyMap<string, string>;
  /** Words the story writes in lowercase somewhere: in a title-case headline, such a word is no name ("Trump to Visit"). */
  lowercase: ReadonlySet<string>;
}

// "Said" and "asserted" say who speaks, not what: two reports of one statement differ there most.
const SPEECH_LEXEMES = new Set([...SPEECH_VERBS].map((verb) => stem(verb)));
const NUMBER = /\d+(?:[.,]\d+)*/gu;
const NUMBER_WORDS = new Map(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((word, i) => [word, String(i + 2)] as const),
);
for (const [word, value] of [['thirty', '30'], ['forty', '40'], ['fifty', '50'], ['hundred', '100'], ['dozen', '12'], ['half', '0.5']] as const) {
  NUMBER_WORDS.set(word, value);
}
const CAPITALISED = /^\p{Lu}/u;
// A word in capitals this long is shouted, not an acronym: "COLLUSION", but "UNESCO" and "NASDAQ" stay names.
const SHOUTED = /^\p{Lu}{7,}$/u;
// Acronyms spelling a stop word: names, although "NO" in "NO COLLUSION" is not.
const STOP_WORD_ACRONYMS = new Set(['US', 'WHO']);
// "Tuesday" and "April" say when, not who or where; "May" is also a name (Theresa May), so it stays.
const NOT_NAMES = new Set([...ENGLISH_STOP_WORDS, ...[...TIME_WORDS].filter((w) => w !== 'may')]);
const OPENING = /^[“‘"'«(\[—–-]$/u;
// A sentence of at least this many meaning words, this share of them capitalised, is set in title case.
const TITLE_CASE_WORDS = 4;
const TITLE_CASE_SHARE = 0.75;
// Fewer quoted words are scare quotes (‘frank’ talks, a ‘clearer path’), not a quotation of what was said.
const QUOTATION_WORDS = 3;

/** A sentence already cut into tokens, with what a reading of its article knows of each token. */
export interface SentenceTokens {
  tokens: readonly Token[];
  /** Each token lowercased; computed when not given. */
  lower?: readonly string[];
  /** The quotation holding each token (any number naming it, -1 for none); no quotations when not given. */
  quotation?: readonly number[];
}

const NO_CONTEXT: FeatureContext = { known: new Set(), roles: new Map(), lowercase: new Set() };

/** The features of one sentence; pass its tokens (`sentence`) when already read. */
export function statementFeatures(text: string, context: FeatureContext = NO_CONTEXT, sentence?: SentenceTokens): StatementFeatures {
  const tokens = sentence?.tokens ?? tokenize(text);
  const lower = sentence?.lower ?? tokens.map((t) => lowerCase(t.text));
  const content = new Set<string>();
  for (const lexeme of lexemes(text)) if (lexeme && !SPEECH_LEXEMES.has(lexeme)) content.add(lexeme);
  const { names, who } = namesOf(tokens, lower, context);
  const nameLexemes = new Set<string>();
  for (const word of who) for (const lexeme of lexemes(word)) if (lexeme && content.has(lexeme)) nameLexemes.add(lexeme);
  return {
    lexemes: content,
    quoted: quotedLexemes(tokens, sentence?.quotation ?? [], content),
    nameLexemes,
    numbers: numbers(text, lower),
    names,
  };
}

/** The lexemes of `content` said inside quotations of at least QUOTATION_WORDS words. */
function quotedLexemes(tokens: readonly Token[], quotation: readonly number[], content: ReadonlySet<string>): Set<string> {
  const quoted = new Set<string>();
  if (quotation.length === 0) return quoted;
  const words = new Map<number, Token[]>();
  tokens.forEach((token, i) => {
    const q = quotation[i] ?? -1;
    if (!token.word || q === -1) return;
    const list = words.get(q);
    if (list) list.push(token);
    else words.set(q, [token]);
  });
  for (const list of words.values()) {
    if (list.length < QUOTATION_WORDS) continue;
    for (const token of list) for (const lexeme of lexemes(token.text)) if (lexeme && content.has(lexeme)) quoted.add(lexeme);
  }
  return quoted;
}

/** The sentence's numbers, canonical and sorted, digits and number words alike. */
function numbers(text: string, lower: readonly string[]): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(NUMBER)) found.push(canonicalNumber(match[0]));
  for (const word of lower) {
    const value = NUMBER_WORDS.get(word);
    if (value) found.push(value);
  }
  return found.sort();
}

/**
 * The sentence's names (see StatementFeatures.names), with the surname of each role of the story it
 * mentions; and `who`, the words that only say who, where or when (name words, titles, roles, times).
 */
function namesOf(tokens: readonly Token[], lower: readonly string[], context: FeatureContext): { names: string[][]; who: string[] } {
  const names: string[][] = [];
  const who: string[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length > 0) names.push(run);
    run = [];
  };
  let first = true;
  // Only needed for a capitalised word the story also writes in lowercase: worked out then, once.
  let headline: boolean | undefined;
  tokens.forEach((token, i) => {
    const word = lower[i] ?? '';
    const initial = first || OPENING.test(tokens[i - 1]?.text ?? '');
    if (token.word) first = false;
    const role = ROLE_WORDS.has(word) || ROLE_MODIFIERS.has(word);
    if (token.word && (role || TIME_WORDS.has(word))) who.push(word);
    const isName =
      token.word &&
      CAPITALISED.test(token.text) &&
      token.text !== 'I' &&
      !role &&
      !(NOT_NAMES.has(word) && !STOP_WORD_ACRONYMS.has(token.text)) &&
      !SHOUTED.test(token.text) &&
      (!initial || context.known.has(nameWord(word))) &&
      !(context.lowercase.has(word) && (headline ??= isTitleCase(tokens, lower)));
    if (isName) {
      who.push(word);
      run.push(...nameWord(word).split('-').filter(Boolean));
    } else endRun();
  });
  endRun();
  if (context.roles.size > 0) {
    // Word-bounded search for each role the story pairs with one person ("us secretary of state").
    const words = ` ${tokens.filter((t) => t.word).map((t) => nameWord(t.text)).join(' ')} `;
    for (const [role, surname] of context.roles) {
      if (!words.includes(` ${role} `)) continue;
      names.push([surname.toLowerCase()]);
      who.push(surname);
    }
  }
  return { names, who };
}

/** Whether most meaning words of a sentence are capitalised, as in a headline: there capitals tell no names. */
function isTitleCase(tokens: readonly Token[], lower: readonly string[]): boolean {
  let words = 0;
  let capitalised = 0;
  tokens.forEach((token, i) => {
    if (!token.word || ENGLISH_STOP_WORDS.has(lower[i] ?? '')) return;
    words++;
    if (CAPITALISED.test(token.text)) capitalised++;
  });
  return words >= TITLE_CASE_WORDS && capitalised >= TITLE_CASE_SHARE * words;
}

/** A word as a name part: lowercase, no dots, no possessive ("U.S." → "us", "Lavrov’s" → "lavrov"). */
function nameWord(word: string): string {
  const lower = word.toLowerCase();
  return /[.'’]/u.test(lower) ? lower.replace(/\./gu, '').replace(/['’]s$/u, '') : lower;
}

/** "1,000" → "1000"; "6.1" stays; "1,5" (a decimal comma) → "1.5". */
function canonicalNumber(raw: string): string {
  const thousands = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(raw);
  const text = thousands ? raw.replace(/,/gu, '') : raw.replace(',', '.');
  const value = Number(text);
  return Number.isFinite(value) ? String(value) : text;
}
