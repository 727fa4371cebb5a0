import type { Block } from '../model.js';

// A subheading is a "short" line. Subheadings and title lines in the corpora run 2–15 words; longer
// unpunctuated lines are mostly boilerplate or pasted tweets. 20 leaves room for long headlines.
const SUBHEADING_MAX_WORDS = 20;

// Ends like a sentence or a clause lead-in: . ! ? … : ; , then optional closing quotes or brackets.
const CLOSING_PUNCTUATION = /[.!?…:;,]["'”’»)\]]*$/u;
const WORDLIKE = /[\p{L}\p{N}]/u;
// C0 controls but tab and line ends, DEL and C1 controls: never text in an article (C1 ones appear
// when cp1252 is misread as Latin-1), and PostgreSQL refuses NUL.
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f-\x9f]/g;
// Vertical tab and form feed separate pages in old exports: treat them as line ends.
const LINE_END = /\r\n?|[\v\f\u2028\u2029\x85]/g;
// With the u flag a well-formed pair is one code point, so this matches only lone halves.
const LONE_SURROGATE = /\p{Cs}/gu;
const INDENTED = /^[ \t\u00a0\u3000]/;

/**
 * Body text from an export as blocks: blank lines separate paragraphs; without blank lines,
 * lines that start indented do (hard-wrapped wire copy), or else every line does. A single short
 * line without closing punctuation is a subheading. An array gives each string item its blocks
 * (sentence or paragraph arrays); other items are ignored. Empty text gives no blocks.
 */
export function blocksFromText(text: string | readonly unknown[]): Block[] {
  if (typeof text !== 'string') return text.flatMap((item) => (typeof item === 'string' ? blocksFromText(item) : []));
  const lines = cleanText(text).split('\n');
  return splitParagraphs(lines)
    .map((group) => blockFromLines(group).block)
    .filter((block) => block.text !== '');
}

/** Text with line ends as \n, control characters dropped and unpaired surrogates replaced by U+FFFD. */
export function cleanText(text: string): string {
  return text.replace(LINE_END, '\n').replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** One line of metadata (a title, an author) from any text: cleaned, whitespace collapsed, trimmed; null when empty. */
export function cleanLine(text: string): string | null {
  const line = cleanText(text).replace(/\s+/g, ' ').trim();
  return line === '' ? null : line;
}

/** Joins a group of lines into one block; a single short line that does not end like a sentence is a subheading. */
export function blockFromLines(lines: readonly string[]): { block: Block; words: number } {
  const text = lines.join(' ').replace(/\s+/g, ' ').trim();
  const words = countWords(text);
  const heading = lines.length === 1 && words > 0 && words <= SUBHEADING_MAX_WORDS && !CLOSING_PUNCTUATION.test(text);
  return { block: { type: heading ? 'subheading' : 'paragraph', text }, words };
}

/** Whitespace-separated tokens that hold a letter or digit, so dashes and bullets don't count. */
export function countWords(text: string): number {
  // A loop rather than split/filter: a 1 MiB one-paragraph text would otherwise allocate every token twice.
  const token = /\S+/g;
  let words = 0;
  for (let m = token.exec(text); m; m = token.exec(text)) if (WORDLIKE.test(m[0])) words++;
  return words;
}

function splitParagraphs(lines: string[]): string[][] {
  const kept = lines.filter((line) => line.trim() !== '');
  if (kept.length < lines.length && hasInnerBlank(lines)) return splitOnBlankLines(lines);
  // Wire copy (Reuters) wraps lines at 70 characters and indents the first line of each paragraph.
  const continued = kept.slice(1).some((line) => !INDENTED.test(line));
  const indented = kept.slice(1).some((line) => INDENTED.test(line));
  if (continued && indented) return splitOnIndent(kept);
  return kept.map((line) => [line]);
}

function hasInnerBlank(lines: string[]): boolean {
  let seenText = false;
  let blankAfterText = false;
  for (const line of lines) {
    if (line.trim() === '') blankAfterText = seenText;
    else if (blankAfterText) return true;
    else seenText = true;
  }
  return false;
}

/** Groups lines into runs of consecutive non-blank lines. */
export function splitOnBlankLines(lines: readonly string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length > 0) groups.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function splitOnIndent(lines: string[]): string[][] {
  const groups: string[][] = [];
  for (const line of lines) {
    const last = groups.at(-1);
    if (!last || INDENTED.test(line)) groups.push([line]);
    else last.push(line);
  }
  return groups;
}
