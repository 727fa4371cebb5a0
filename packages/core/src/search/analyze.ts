import { stem } from 'porter2';
import { ENGLISH_STOP_WORDS } from './stop-words.js';

// PostgreSQL's tsvector limits: positions above 16,383 are clamped, and a lexeme keeps 256 of them.
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 256;
// Longer runs of letters are not words (base64, minified code); PostgreSQL skips them too.
const MAX_WORD_CHARS = 255;
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/u;
const ASCII_WORD = /^[a-z0-9]+$/;
// Word frequencies are Zipfian, so a small memo answers most words without stemming them again.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string | null>();

/**
 * Marks a title word's second entry in the search vector ('~talk' beside 'talk'). The analyser's
 * lexemes are letters and digits only, so no word of text ever carries it. A marked word answers
 * `title:` from the one GIN index: a weight label ('talk':A) cannot, since GIN does not store weights.
 */
export const TITLE_MARK = '~';

/**
 * The lexemes of `text` in order, null where a stop word holds a position. This is Dateline's
 * English analyser, used for both the stored vectors and the queries, so the two always agree:
 * words are runs of letters, digits and marks, lowercased; stop words are PostgreSQL's English
 * list; ASCII words are stemmed with Porter2 (the Snowball English stemmer PostgreSQL uses).
 */
export function lexemes(text: string): (string | null)[] {
  const out: (string | null)[] = [];
  for (const word of text.toLowerCase().split(NOT_WORD)) {
    if (word === '' || word.length > MAX_WORD_CHARS) continue;
    let lexeme = memo.get(word);
    if (lexeme === undefined) {
      lexeme = ENGLISH_STOP_WORDS.has(word) ? null : ASCII_WORD.test(word) ? stem(word) : word;
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(word, lexeme);
    }
    out.push(lexeme);
  }
  return out;
}

/**
 * An article's search vector as a tsvector literal: title words weighted A and marked with
 * TITLE_MARK, then body words (weight D) at positions running on from the title. Computed in
 * JavaScript, not with PostgreSQL's to_tsvector: that took ~70% of PGlite's import time on its one
 * thread, and here it runs in import workers (and, with a server, off the database machine).
 */
export function searchVector(title: string, body: string): string {
  // Each lexeme's position list as literal text, grown in place: the cheapest shape to build.
  const positions = new Map<string, { text: string; count: number; last: number }>();
  const add = (lexeme: string, position: number, weight: string) => {
    const entry = positions.get(lexeme);
    if (!entry) positions.set(lexeme, { text: `${position}${weight}`, count: 1, last: position });
    // Past MAX_POSITION every word shares the last position; keep it once.
    else if (entry.count < MAX_POSITIONS_PER_LEXEME && entry.last !== position) {
      entry.text += `,${position}${weight}`;
      entry.count += 1;
      entry.last = position;
    }
  };
  let position = 0;
  for (const lexeme of lexemes(title)) {
    position = Math.min(position + 1, MAX_POSITION);
    if (!lexeme) continue;
    add(lexeme, position, 'A');
    add(TITLE_MARK + lexeme, position, '');
  }
  for (const lexeme of lexemes(body)) {
    position = Math.min(position + 1, MAX_POSITION);
    if (lexeme) add(lexeme, position, '');
  }
  // Lexemes are letters, digits and the mark, so none holds the quote or backslash a literal escapes.
  let literal = '';
  for (const [lexeme, entry] of positions) literal += `${literal ? ' ' : ''}'${lexeme}':${entry.text}`;
  return literal;
}
