/** A word or a punctuation mark of a text, with its offsets in that text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Letters or digits (a word); otherwise a single punctuation character. */
  word: boolean;
}

// Marks that join two runs of letters into one word: "don't", "6.1", "Jong-un", "M&S" (as char codes:
// indexing a string with curly quotes in it makes a new one-character string each time).
const JOINERS = new Set([0x27, 0x2019, 0x2e, 0x2d, 0x26]);
const STOP = 0x2e;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const SPACE = /\s/u;

/** Whether one non-ASCII code point is in a class, cached: the same few letters recur through a text. */
function classifier(pattern: RegExp): (code: number) => boolean {
  const cache = new Map<number, boolean>();
  return (code) => {
    let known = cache.get(code);
    if (known === undefined) {
      known = pattern.test(String.fromCodePoint(code));
      cache.set(code, known);
    }
    return known;
  };
}
const isWideLetterOrDigit = classifier(LETTER_OR_DIGIT);
const isWideLetter = classifier(LETTER);
const isWideMark = classifier(MARK);
const isWideSpace = classifier(SPACE);
const isWideUpper = classifier(/\p{Lu}/u);
const isWideDigit = classifier(/\p{N}/u);

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLetterOrDigit = (c: number) => (c < 128 ? isAsciiDigit(c) || isAsciiLetter(c) : isWideLetterOrDigit(c));
const isLetter = (c: number) => (c < 128 ? isAsciiLetter(c) : isWideLetter(c));

/** Whether a code point is a letter or a digit. */
export const isWordCode = isLetterOrDigit;

/** Whether a code point is a capital letter. */
export function isUpperCode(c: number): boolean {
  return c < 128 ? c >= 65 && c <= 90 : isWideUpper(c);
}

/** Whether a code point is a digit (any script). */
export function isDigitCode(c: number): boolean {
  return c < 128 ? isAsciiDigit(c) : isWideDigit(c);
}

/** Whether a code point is white space. */
export function isSpace(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : isWideSpace(c);
}
/** Code units of the code point `c`. */
const width = (c: number) => (c > 0xffff ? 2 : 1);

/**
 * The tokens of `text` in order; `offset` is added to every position (for text cut from a block).
 * Dotted abbreviations whole ("U.S.", "a.m."), then words joined across inner apostrophes, dots,
 * hyphens and ampersands ("don't", "6.1", "Jong-un", "M&S"), then any other non-space character
 * alone. A hand-written scanner: a regular expression with Unicode classes costs twice as much here.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.codePointAt(i) ?? 0;
    if (isSpace(c)) {
      i += width(c);
      continue;
    }
    let end = dottedEnd(text, i);
    const word = end > i || isLetterOrDigit(c);
    if (end === i) end = word ? wordEnd(text, i + width(c)) : i + width(c);
    tokens.push({ text: text.slice(i, end), start: i + offset, end: end + offset, word });
    i = end;
  }
  return tokens;
}

/** The end of a dotted abbreviation of two letters or more starting at i ("U.S.", "e.g."), or i when there is none. */
function dottedEnd(text: string, i: number): number {
  let j = i;
  let letters = 0;
  for (;;) {
    const c = text.codePointAt(j) ?? 0;
    if (!isLetter(c) || text.charCodeAt(j + width(c)) !== STOP) break;
    j += width(c) + 1;
    letters++;
  }
  return letters >= 2 ? j : i;
}

/** The end of a word whose first character ends before j: letters, digits and marks, across joiners. */
function wordEnd(text: string, from: number): number {
  let j = from;
  for (;;) {
    let c = text.codePointAt(j) ?? 0;
    while (j < text.length && (isLetterOrDigit(c) || (c >= 128 && isWideMark(c)))) {
      j += width(c);
      c = text.codePointAt(j) ?? 0;
    }
    const next = text.codePointAt(j + 1) ?? 0;
    if (!JOINERS.has(text.charCodeAt(j)) || !isLetterOrDigit(next)) return j;
    j += 1 + width(next);
  }
}

const UPPER_START = /^\p{Lu}/u;

/** Whether a word starts with a capital letter (ASCII checked without a regular expression: this runs for every token). */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(word);
}

/** A text lowercased, returned as it is when it has no capital (most words): lowering every token is costly. */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return text.toLowerCase();
  }
  return text;
}

/** A word lowercased with a possessive ending dropped and curly apostrophes made straight: "Lavrov’s" → "lavrov". */
export function normalizeWord(word: string): string {
  const lower = lowerCase(word);
  // Most words have no apostrophe; skip the replacements for them (this runs for every capitalised word).
  return lower.includes("'") || lower.includes('’') ? lower.replace(/’/gu, "'").replace(/'s$/u, '') : lower;
}
