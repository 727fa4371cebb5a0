import type { Block } from '../model.js';
import { ENGLISH_STOP_WORDS } from '../search/stop-words.js';
import { AMBIGUOUS, BEFORE_NUMBER, STARTERS, STATES, TITLES } from './abbreviations.js';
import { isDigitCode, isSpace, isUpperCode, isWordCode } from './tokens.js';

/** A stretch of a block's text: `text === blockText.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** One sentence of an article, placed by block and by character offsets within that block. */
export interface Sentence extends TextSpan {
  /** Position among all the article's sentences, from 0. */
  index: number;
  /** Index into the article's `blocks`. */
  blockIndex: number;
  /** True when the sentence is a subheading rather than body text. */
  heading: boolean;
}

// Full stop, exclamation and question marks, ellipsis, as char codes (scanned for by hand: a regular
// expression run over every text is the splitter's main cost).
const TERMINATORS = new Set([0x2e, 0x21, 0x3f, 0x2026]);
const codes = (chars: string) => new Set([...chars].map((c) => c.codePointAt(0) ?? 0));
// Closing quotes and brackets after the stop belong to the sentence they close (`… allies.”`).
const CLOSERS = codes('”’"\'»)]');
// A sentence may open with quotes or brackets before its first letter or digit.
const OPENERS = codes('“‘"\'«([');
// The word before a stop, with inner stops ("U.S", "a.m", "J"), apostrophes and hyphens.
const WORD_BEFORE = /[\p{L}\p{N}](?:[\p{L}\p{N}'’\-]|\.(?=[\p{L}\p{N}]))*$/u;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const INITIAL = /^\p{Lu}$/u;

/** The sentences of one block's text, trimmed, in order; text without a terminator is one sentence. */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = skipSpace(text, 0);
  for (let stop = nextTerminator(text, 0); stop !== -1; ) {
    // A run of terminators: "...", "…", "?!", a single stop.
    let after = stop + 1;
    while (after < text.length && TERMINATORS.has(text.charCodeAt(after))) after++;
    const terminator = text.slice(stop, after);
    const end = runEnd(CLOSERS, text, after);
    const next = stop < start ? undefined : nextStart(text, end, terminator);
    if (next !== undefined && endsSentence(text, stop, terminator, next)) {
      spans.push({ start, end, text: text.slice(start, end) });
      start = next;
    }
    stop = nextTerminator(text, after);
  }
  const end = text.trimEnd().length;
  if (end > start) spans.push({ start, end, text: text.slice(start, end) });
  return spans;
}

/** Every sentence of an article, numbered in reading order, subheadings included and marked. */
export function splitArticle(blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, blockIndex) => {
    for (const { start, end, text } of splitSentences(block.text)) {
      sentences.push({ start, end, text, index: sentences.length, blockIndex, heading: block.type === 'subheading' });
    }
  });
  return sentences;
}

/** The index of the next terminator at or after `from`, or -1. */
function nextTerminator(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026) return i;
  }
  return -1;
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The end of a run of the characters `set` starting at `at` (`at` itself when there is none). */
function runEnd(set: ReadonlySet<number>, text: string, at: number): number {
  let i = at;
  while (i < text.length && set.has(text.charCodeAt(i))) i++;
  return i;
}

/** The end of the word starting at `at` (`at` itself when none does). */
function wordEnd(text: string, at: number): number {
  let i = at;
  for (let c = text.codePointAt(i) ?? 0; i < text.length && isWordCode(c); c = text.codePointAt(i) ?? 0) i += c > 0xffff ? 2 : 1;
  return i;
}

/**
 * Where the next sentence would start after a terminator ending at `end`, or undefined when what
 * follows cannot start one. A space must follow ("6.1", "U.S.A" never split), except after an
 * ellipsis, which quotations run straight into the next sentence ("de-escalation…But we").
 */
function nextStart(text: string, end: number, terminator: string): number | undefined {
  const next = skipSpace(text, end);
  if (next === end && !/\.\.|…/u.test(terminator)) return undefined;
  if (next >= text.length) return undefined;
  const first = text.codePointAt(runEnd(OPENERS, text, next)) ?? 0;
  return isUpperCode(first) || isDigitCode(first) ? next : undefined;
}

/** Whether a lone stop at `stop` ends the sentence, judged by the word before it and the word after. */
function endsSentence(text: string, stop: number, terminator: string, next: number): boolean {
  if (terminator !== '.') return true;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, stop - 40), stop))?.[0];
  if (!before) return true;
  const lower = before.toLowerCase();
  const after = runEnd(OPENERS, text, next);
  const opener = after - next;
  if (TITLES.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower) && isDigitCode(text.codePointAt(after) ?? 0)) return false;
  const ambiguous = AMBIGUOUS.has(lower) || STATES.has(before) || DOTTED.test(before) || INITIAL.test(before);
  if (!ambiguous) return true;
  // After an abbreviation a quotation or a sentence-opening word starts a sentence; a name continues one.
  if (opener > 0) return true;
  const word = text.slice(after, wordEnd(text, after)).toLowerCase();
  return ENGLISH_STOP_WORDS.has(word) || STARTERS.has(word);
}
