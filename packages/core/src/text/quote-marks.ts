import { isSpace, isWordCode } from './tokens.js';

/** A quoted stretch of one block's text. */
export interface Quotation {
  /** Offsets of the quoted words, without the marks. */
  start: number;
  end: number;
  /** Offsets including the marks (the closing one absent when the quotation runs to the block's end). */
  outerStart: number;
  outerEnd: number;
  /** Double marks (“ ” ") rather than single (‘ ’ '). */
  double: boolean;
  /** False when no closing mark was found and the quotation runs to the block's end. */
  closed: boolean;
}

const codes = (marks: string) => new Set([...marks].map((m) => m.codePointAt(0) ?? 0));
// Marks as char codes: indexing a text that holds curly quotes makes a new string for each character.
const DOUBLE = codes('“”"„«»');
const SINGLE = codes('‘’\'‚');
const OPENS_ONLY = codes('“„«‘‚');
const CLOSES_ONLY = codes('”»');
// A mark opens a quotation where a word could start: at the start, after a space, dash or bracket.
const OPENING_CONTEXT = codes('([{\u2014\u2013-/“‘"\'');
// What may follow an opening mark besides a letter or digit: `“…`, `“[a]`, `"$5`.
const OPENING_FOLLOWERS = codes('.…[(“‘"\'$£€');
// Elisions that look like an opening mark: '90s, ’em, ’til, 'n'.
const ELISION = /^(?:\d0s|em\b|til\b|n\b|cause\b)/u;

/**
 * The quotations in one block's text, outermost only (a quote inside a quote stays in its text).
 * Single marks are told from apostrophes by position: ’ inside a word (Russia's, Lavrov’s, don't) is
 * an apostrophe, and a single quotation must close within the block. A double quotation left open
 * runs to the block's end, as news style leaves a paragraph's quote open when the next continues it.
 */
export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  let i = 0;
  for (;;) {
    i = nextMark(text, i);
    if (i === -1) break;
    if (!opens(text, i)) {
      i++;
      continue;
    }
    const double = DOUBLE.has(text.charCodeAt(i));
    const close = double ? findDoubleClose(text, i + 1) : findSingleClose(text, i + 1);
    if (close === undefined) {
      i++;
      continue;
    }
    const endOfInner = close === -1 ? text.length : close;
    const outerEnd = close === -1 ? text.length : close + 1;
    let start = i + 1;
    while (start < endOfInner && isSpace(text.charCodeAt(start))) start++;
    let end = endOfInner;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) found.push({ start, end, outerStart: i, outerEnd, double, closed: close !== -1 });
    i = outerEnd;
  }
  return found;
}

/** The index of the next quote mark or apostrophe at or after `from`, or -1. */
function nextMark(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    // Every mark but the straight ones lies above U+00AA: most characters are rejected by one comparison.
    if (c === 0x22 || c === 0x27 || (c > 0xaa && (DOUBLE.has(c) || SINGLE.has(c)))) return j;
  }
  return -1;
}

/** Whether the mark at `i` can open a quotation: it sits where a word starts and a word follows it. */
function opens(text: string, i: number): boolean {
  const mark = text.charCodeAt(i);
  if (CLOSES_ONLY.has(mark)) return false;
  const before = i === 0 ? 32 : text.charCodeAt(i - 1);
  const after = text.codePointAt(i + 1) ?? 0;
  if (!OPENS_ONLY.has(mark) && !isSpace(before) && !OPENING_CONTEXT.has(before)) return false;
  if (SINGLE.has(mark) && (isWordCode(before) || ELISION.test(text.slice(i + 1, i + 6)))) return false;
  return isWordCode(after) || OPENING_FOLLOWERS.has(after);
}

/** Whether the mark at `i` closes a quotation: it follows a non-space and no letter follows it. */
function closes(text: string, i: number): boolean {
  if (OPENS_ONLY.has(text.charCodeAt(i))) return false;
  const before = i === 0 ? 32 : text.charCodeAt(i - 1);
  const after = text.codePointAt(i + 1) ?? 32;
  return !isSpace(before) && !isWordCode(after);
}

/**
 * The index of the double mark closing a quotation whose words start at `from`; -1 when it stays
 * open to the block's end. A new opening double mark before any close ends an unclosed quotation
 * there (undefined: treat the first mark as stray).
 */
function findDoubleClose(text: string, from: number): number | undefined {
  for (let j = nextMark(text, from); j !== -1; j = nextMark(text, j + 1)) {
    if (!DOUBLE.has(text.charCodeAt(j))) continue;
    if (closes(text, j)) return j;
    if (opens(text, j)) return undefined;
  }
  return -1;
}

/** The index of the single mark closing a quotation whose words start at `from`, or undefined. */
function findSingleClose(text: string, from: number): number | undefined {
  for (let j = nextMark(text, from); j !== -1; j = nextMark(text, j + 1)) {
    const mark = text.charCodeAt(j);
    // A double mark before the close means the single mark was an apostrophe after all.
    if (DOUBLE.has(mark)) return undefined;
    if (SINGLE.has(mark) && closes(text, j)) return j;
  }
  return undefined;
}
