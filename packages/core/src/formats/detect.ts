import { detectDelimiter } from './csv.js';
import { isCommonFieldName } from './fields.js';

/** What an input holds, as far as its first bytes and its name tell. */
export type Format = 'dateline' | 'jsonl' | 'csv' | 'html' | 'feed' | 'jsonfeed' | 'gzip' | 'zip' | 'tar' | 'unknown';

const EXTENSIONS: Record<string, Format> = {
  txt: 'dateline',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'jsonl',
  csv: 'csv',
  tsv: 'csv',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  xml: 'feed',
  rss: 'feed',
  atom: 'feed',
  rdf: 'feed',
  gz: 'gzip',
  tgz: 'gzip',
  zip: 'zip',
  tar: 'tar',
};

// Declarations, processing instructions, comments and a doctype may come before an XML root.
// Each alternative starts with its own literal and the match may stop anywhere, so nothing backtracks far.
const XML_PROLOG = /^(?:\s|<\?[^>]*\?>|<!--[^]*?-->|<!DOCTYPE[^[>]*(?:\[[^\]]*\])?[^>]*>)*/i;
const HTML_DOCTYPE = /<!DOCTYPE\s+html/i;
const FEED_ROOT = /^<(?:[\w.-]+:)?(?:rss|feed|RDF)[\s>/]/;
const HTML_START = /^<(?:html|head|body|meta|title|link|script|style|article|main|header|section|div|p|h1)[\s>/]/i;
const JSON_FEED_VERSION = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//;
// The dateline text format's header: "date" and a date on the first non-blank line.
const DATELINE_HEADER = /^\s*date[ \t]+\d/;
const CSV_COLUMN = /^\s*"?[\p{L}\p{N}_ .:/()#-]{1,64}"?\s*$/u;

/**
 * The format of an input from its first bytes (HEAD_BYTES of them is plenty): magic numbers,
 * the XML root, JSON, the dateline header or a CSV header of known column names; failing that,
 * from the extension of `name` (`.tar.gz`/`.tgz` are gzip, whose content is then detected).
 */
export function detectFormat(name: string, head: Uint8Array): Format {
  return formatFromContent(head) ?? formatFromName(name);
}

function formatFromContent(head: Uint8Array): Format | undefined {
  if (startsWith(head, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (ascii(head.subarray(257, 262)) === 'ustar') return 'tar';

  const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '');
  const prolog = XML_PROLOG.exec(text)?.[0] ?? '';
  const afterProlog = text.slice(prolog.length);
  if (FEED_ROOT.test(afterProlog)) return 'feed';
  if (HTML_DOCTYPE.test(prolog) || HTML_START.test(afterProlog)) return 'html';

  const start = text.trimStart();
  if (start.startsWith('{')) return JSON_FEED_VERSION.test(start) ? 'jsonfeed' : 'jsonl';
  if (start.startsWith('[{') || /^\[\s*(?:\{|\]|$)/.test(start)) return 'jsonl';
  if (DATELINE_HEADER.test(text)) return 'dateline';
  if (looksLikeCsvHeader(text)) return 'csv';
  return undefined;
}

function formatFromName(name: string): Format {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return (extension !== undefined ? EXTENSIONS[extension] : undefined) ?? 'unknown';
}

/** A first line of two or more column names, one of them a common field name (title, body, date…). */
function looksLikeCsvHeader(text: string): boolean {
  const newline = text.search(/\r?\n/);
  if (newline === -1) return false;
  const header = text.slice(0, newline);
  const columns = header.split(detectDelimiter(new TextEncoder().encode(header)));
  return columns.length >= 2 && columns.every((c) => CSV_COLUMN.test(c)) && columns.some((c) => isCommonFieldName(c.replace(/"/g, '').trim()));
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function ascii(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}
