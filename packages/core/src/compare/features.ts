import { stem } from 'porter2';
import { lexemes } from '../search/analyze.js';
import { ROLE_MODIFIERS, ROLE_WORDS, SPEECH_VERBS } from '../text/name-words.js';
import { tokenize, type Token } from '../text/tokens.js';

/** What sentence alignment compares: meaning words, numbers and names. */
export interface StatementFeatures {
  /** Porter2 lexemes of the content words, without stop words and speech verbs. */
  lexemes: Set<string>;
  /** The numbers, canonical ("1,000" → "1000", "five" → "5"), sorted. */
  numbers: string[];
  /**
   * The names, each a run of capitalised words split at hyphens, lowercased without dots or
   * possessives, titles left out: "Foreign Minister Sergey Lavrov’s" → ["sergey", "lavrov"], "U.S." → ["us"].
   */
  names: string[][];
}

/** What the story tells about its words beyond one sentence. */
export interface FeatureContext {
  /** Lowercased words the story capitalises where no sentence starts: a sentence's first word counts as a name if here. */
  known: ReadonlySet<string>;
  /** Lowercased role texts ("us secretary of state") and the surname each stands for in this story. */
  roles: ReadonlyMap<string, string>;
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
const OPENING = /^[“‘"'«(\[—–-]$/u;

/** The features of one sentence; pass its `tokens` when already tokenised. */
export function statementFeatures(
  text: string,
  context: FeatureContext = { known: new Set(), roles: new Map() },
  tokens: readonly Token[] = tokenize(text),
): StatementFeatures {
  const content = new Set<string>();
  for (const lexeme of lexemes(text)) if (lexeme && !SPEECH_LEXEMES.has(lexeme)) content.add(lexeme);
  const numbers: string[] = [];
  for (const match of text.matchAll(NUMBER)) numbers.push(canonicalNumber(match[0]));
  const names: string[][] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length > 0) names.push(run);
    run = [];
  };
  let first = true;
  tokens.forEach((token, i) => {
    const lower = token.text.toLowerCase();
    const value = NUMBER_WORDS.get(lower);
    if (value) numbers.push(value);
    const initial = first || OPENING.test(tokens[i - 1]?.text ?? '');
    if (token.word) first = false;
    const name = nameWord(token.text);
    const isName =
      token.word &&
      CAPITALISED.test(token.text) &&
      token.text !== 'I' &&
      !ROLE_WORDS.has(lower) &&
      !ROLE_MODIFIERS.has(lower) &&
      (!initial || context.known.has(name));
    if (isName) run.push(...name.split('-').filter(Boolean));
    else endRun();
  });
  endRun();
  if (context.roles.size > 0) {
    // Word-bounded search for each role the story pairs with one person ("us secretary of state").
    const words = ` ${tokens.filter((t) => t.word).map((t) => nameWord(t.text)).join(' ')} `;
    for (const [role, surname] of context.roles) if (words.includes(` ${role} `)) names.push([surname.toLowerCase()]);
  }
  return { lexemes: content, numbers: numbers.sort(), names };
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
