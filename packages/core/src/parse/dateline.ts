import { createHash } from 'node:crypto';
import type { Block, ParsedArticle } from '../model.js';
import { ParseError } from './errors.js';
import { blockFromLines, countWords, splitOnBlankLines } from '../formats/plain-text.js';
import { inferTitle } from './title.js';

/**
 * Largest article file accepted, in bytes (1 MiB). The longest real articles we hold (Guardian live
 * blogs) are about 25 KB, so this is 40× headroom; anything bigger is a dump or a stray binary, and
 * refusing it before decoding keeps one bad file from costing a bulk import memory and time.
 */
export const MAX_ARTICLE_BYTES = 1024 * 1024;


// Real text has essentially no C0 controls besides \t \n \r \f; more than this share means binary.
const MAX_CONTROL_SHARE = 0.05;

const HEADER = /^[ \t]*date[ \t]+(\d\S*)(?:[ \t]+(.*))?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// `Image: AP`, `Photo: Reuters/John Doe`, `Image credit: …`, `Photographs: …`, `Picture: …`.
const CREDIT = /^(?:image|photo|photograph|picture)s?(?:[ \t]+credits?)?[ \t]*:[ \t]*(\S.*)$/i;
const CREDIT_MAX_WORDS = 10;
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/g;

/**
 * Parses one article in dateline text format; throws ParseError for input that is not valid UTF-8,
 * is binary, is over MAX_ARTICLE_BYTES, lacks a real `date YYYY-MM-DD` header or has no body.
 */
export function parseDateline(input: string | Uint8Array, file = '<input>'): ParsedArticle {
  const text = decode(input, file);
  rejectBinary(text, file);

  // trimEnd drops trailing whitespace (and a BOM, which JS counts as whitespace) from every line.
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd());
  const first = lines.findIndex((l) => l !== '');
  let last = lines.length - 1;
  while (last >= 0 && lines[last] === '') last--;
  const headerLine = first === -1 ? 1 : first + 1;
  const kept = first === -1 ? [] : lines.slice(first, last + 1);

  const match = HEADER.exec(kept[0] ?? '');
  if (!match) throw new ParseError(file, headerLine, 'missing "date YYYY-MM-DD" header');
  const date = match[1] ?? '';
  checkDate(date, file, headerLine);

  // The same text with the header's leading space restored, so cosmetic variants share one id.
  kept[0] = ` ${(kept[0] ?? '').trimStart()}`;
  const id = createHash('sha256').update(kept.join('\n')).digest('hex').slice(0, 16);

  kept[0] = match[2] ?? ''; // from here on the header line holds only the body text after the date
  const groups = splitOnBlankLines(kept);
  const credit = takeCredit(groups);
  const counted = groups.map(blockFromLines);
  const blocks = counted.map((c) => c.block);
  if (!counted.some((c) => c.words > 0)) {
    throw new ParseError(file, headerLine, 'empty body: no article text after the "date" header');
  }

  const [lead, ...rest] = blocks;
  const hasTitleLine = lead?.type === 'subheading' && rest.length > 0;
  const body = hasTitleLine ? rest : blocks;
  const title = hasTitleLine ? lead.text : inferTitle(blocks);
  // Every group counts: the body, plus the title line when the source had one (an inferred title repeats the lead).
  const wordCount = counted.reduce((n, c) => n + c.words, 0);

  return { id, date, title, titleInferred: !hasTitleLine, blocks: body, credit, wordCount };
}

/** Decodes strictly as UTF-8, checking the byte length first so oversized input is never decoded. */
function decode(input: string | Uint8Array, file: string): string {
  const limit = `${MAX_ARTICLE_BYTES / 1024 / 1024} MiB`;
  const tooLarge = () => new ParseError(file, null, `file is larger than the ${limit} limit for one article`);
  if (typeof input === 'string') {
    // UTF-8 never needs fewer bytes than UTF-16 code units, so the cheap test settles most cases.
    if (input.length > MAX_ARTICLE_BYTES || Buffer.byteLength(input, 'utf8') > MAX_ARTICLE_BYTES) throw tooLarge();
    const lone = /\p{Cs}/u.exec(input);
    if (lone) throw new ParseError(file, lineAt(input, lone.index), 'not valid Unicode text (unpaired surrogate)');
    return input;
  }
  if (input.byteLength > MAX_ARTICLE_BYTES) throw tooLarge();
  // Checked before decoding: most binaries are not UTF-8 either, and "binary" is the better reason.
  const nul = input.indexOf(0);
  if (nul !== -1) throw new ParseError(file, byteLineAt(input, nul), 'binary file (contains NUL bytes)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    throw new ParseError(file, firstInvalidLine(input), 'not valid UTF-8 text');
  }
}

function rejectBinary(text: string, file: string): void {
  const nul = text.indexOf('\0');
  if (nul !== -1) throw new ParseError(file, lineAt(text, nul), 'binary file (contains NUL bytes)');
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > text.length * MAX_CONTROL_SHARE) {
    throw new ParseError(file, null, 'binary file (too many control characters)');
  }
}

/** 1-based line of `index` in `text`, counting LF, CRLF and lone CR as line ends. */
function lineAt(text: string, index: number): number {
  return (text.slice(0, index).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/** 1-based line of byte `index`, with the same line ends as lineAt. */
function byteLineAt(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (endsLine(bytes, i)) line++;
  return line;
}

function endsLine(bytes: Uint8Array, i: number): boolean {
  return bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a);
}

/** 1-based line of the first malformed byte; CR and LF never occur inside a UTF-8 sequence, so lines decode alone. */
function firstInvalidLine(bytes: Uint8Array): number | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && !endsLine(bytes, i)) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return null;
}

/** Throws ParseError unless `date` is a real YYYY-MM-DD calendar date. */
export function checkDate(date: string, file: string, line: number | null): void {
  const parts = ISO_DATE.exec(date);
  if (!parts) throw new ParseError(file, line, `malformed date "${date}": expected YYYY-MM-DD`);
  const [y, m, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const probe = new Date(0);
  probe.setUTCFullYear(y, m - 1, d);
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
    throw new ParseError(file, line, `"${date}" is not a real calendar date`);
  }
}

/** Removes a trailing `Image: AP`-style line from the last block and returns its value, or null. */
function takeCredit(groups: string[][]): string | null {
  const lastGroup = groups.at(-1);
  const match = CREDIT.exec(lastGroup?.at(-1)?.trim() ?? '');
  const value = match?.[1]?.trim();
  if (!lastGroup || !value || countWords(value) > CREDIT_MAX_WORDS) return null;
  lastGroup.pop();
  if (lastGroup.length === 0) groups.pop();
  return value;
}
