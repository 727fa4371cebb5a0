import type { Block } from '../model.js';
import { ENGLISH_STOP_WORDS } from '../search/stop-words.js';
import { AMBIGUOUS, BEFORE_NUMBER, STARTERS, STATES, TITLES } from './abbreviations.js';

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

// A run of terminators: "...", "…", "?!", a single stop.
const TERMINATOR = /(?:\.{2,}|…|[.!?])[.!?…]*/gu;
// Sticky patterns, matched at a position with lastIndex, so scanning never copies the rest of the text.
// Closing quotes and brackets after the stop belong to the sentence they close (`… allies.”`).
const CLOSERS = /[”’"'»)\]]*/uy;
// A sentence may open with quotes or brackets before its first letter or digit.
const OPENERS = /[“‘"'«(\[]*/uy;
const SPACE = /\s*/uy;
const STARTS_SENTENCE = /[\p{Lu}\p{N}]/uy;
const NEXT_WORD = /[\p{L}\p{N}]+/uy;
// The word before a stop, with inner stops ("U.S", "a.m", "J"), apostrophes and hyphens.
const WORD_BEFORE = /[\p{L}\p{N}](?:[\p{L}\p{N}'’\-]|\.(?=[\p{L}\p{N}]))*$/u;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const INITIAL = /^\p{Lu}$/u;
const DIGIT = /\p{N}/uy;

/** The sentences of one block's text, trimmed, in order; text without a terminator is one sentence. */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = skipSpace(text, 0);
  for (const match of text.matchAll(TERMINATOR)) {
    const stop = match.index;
    if (stop < start) continue;
    const end = stop + match[0].length + lengthAt(CLOSERS, text, stop + match[0].length);
    const next = nextStart(text, end, match[0]);
    if (next === undefined || !endsSentence(text, stop, match[0], next)) continue;
    spans.push({ start, end, text: text.slice(start, end) });
    start = next;
  }
  const end = text.trimEnd().length;
  if (end > start) spans.push({ start, end, text: text.slice(start, end) });
  return spans;
}

/** Every sentence of an article, numbered in reading order, subheadings included and marked. */
export function splitArticle(blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, blockIndex) => {
    for (const span of splitSentences(block.text)) {
      sentences.push({ ...span, index: sentences.length, blockIndex, heading: block.type === 'subheading' });
    }
  });
  return sentences;
}

function skipSpace(text: string, at: number): number {
  return at + lengthAt(SPACE, text, at);
}

/** The length of a sticky pattern's match at `at`, 0 if none. */
function lengthAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0].length ?? 0;
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
  return lengthAt(STARTS_SENTENCE, text, next + lengthAt(OPENERS, text, next)) > 0 ? next : undefined;
}

/** Whether a lone stop at `stop` ends the sentence, judged by the word before it and the word after. */
function endsSentence(text: string, stop: number, terminator: string, next: number): boolean {
  if (terminator !== '.') return true;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, stop - 40), stop))?.[0];
  if (!before) return true;
  const lower = before.toLowerCase();
  const opener = lengthAt(OPENERS, text, next);
  const after = next + opener;
  if (TITLES.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower) && lengthAt(DIGIT, text, after) > 0) return false;
  const ambiguous = AMBIGUOUS.has(lower) || STATES.has(before) || DOTTED.test(before) || INITIAL.test(before);
  if (!ambiguous) return true;
  // After an abbreviation a quotation or a sentence-opening word starts a sentence; a name continues one.
  if (opener > 0) return true;
  const word = text.slice(after, after + lengthAt(NEXT_WORD, text, after)).toLowerCase();
  return ENGLISH_STOP_WORDS.has(word) || STARTERS.has(word);
}
