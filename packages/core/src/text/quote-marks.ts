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

const DOUBLE = new Set(['“', '”', '"', '„', '«', '»']);
const SINGLE = new Set(['‘', '’', "'", '‚']);
const OPENS_ONLY = new Set(['“', '„', '«', '‘', '‚']);
const CLOSES_ONLY = new Set(['”', '»']);
// A mark opens a quotation where a word could start: at the start, after a space, dash or bracket.
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/“‘"']/u;
const WORDISH = /[\p{L}\p{N}]/u;
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
  while (i < text.length) {
    const mark = text[i] ?? '';
    if (!(DOUBLE.has(mark) || SINGLE.has(mark)) || !opens(text, i)) {
      i++;
      continue;
    }
    const double = DOUBLE.has(mark);
    const close = double ? findDoubleClose(text, i + 1) : findSingleClose(text, i + 1);
    if (close === undefined) {
      i++;
      continue;
    }
    const endOfInner = close === -1 ? text.length : close;
    const outerEnd = close === -1 ? text.length : close + 1;
    const inner = text.slice(i + 1, endOfInner);
    const lead = inner.length - inner.trimStart().length;
    const start = i + 1 + lead;
    const end = i + 1 + inner.trimEnd().length;
    if (end > start) found.push({ start, end, outerStart: i, outerEnd, double, closed: close !== -1 });
    i = outerEnd;
  }
  return found;
}

/** Whether the mark at `i` can open a quotation: it sits where a word starts and a word follows it. */
function opens(text: string, i: number): boolean {
  const mark = text[i] ?? '';
  if (CLOSES_ONLY.has(mark)) return false;
  const before = i === 0 ? ' ' : (text[i - 1] ?? ' ');
  const after = text[i + 1] ?? '';
  if (!OPENS_ONLY.has(mark) && !OPENING_CONTEXT.test(before)) return false;
  if (SINGLE.has(mark) && (WORDISH.test(before) || ELISION.test(text.slice(i + 1, i + 6)))) return false;
  return WORDISH.test(after) || /[.…\[(“‘"'$£€]/u.test(after);
}

/** Whether the mark at `i` closes a quotation: it follows a non-space and no letter follows it. */
function closes(text: string, i: number): boolean {
  const mark = text[i] ?? '';
  if (OPENS_ONLY.has(mark)) return false;
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  return !/\s/u.test(before) && !WORDISH.test(after);
}

/**
 * The index of the double mark closing a quotation whose words start at `from`; -1 when it stays
 * open to the block's end. A new opening double mark before any close ends an unclosed quotation
 * there (undefined: treat the first mark as stray).
 */
function findDoubleClose(text: string, from: number): number | undefined {
  for (let j = from; j < text.length; j++) {
    const mark = text[j] ?? '';
    if (!DOUBLE.has(mark)) continue;
    if (closes(text, j)) return j;
    if (opens(text, j)) return undefined;
  }
  return -1;
}

/** The index of the single mark closing a quotation whose words start at `from`, or undefined. */
function findSingleClose(text: string, from: number): number | undefined {
  for (let j = from; j < text.length; j++) {
    const mark = text[j] ?? '';
    // A double mark before the close means the single mark was an apostrophe after all.
    if (DOUBLE.has(mark)) return undefined;
    if (SINGLE.has(mark) && closes(text, j)) return j;
  }
  return undefined;
}
