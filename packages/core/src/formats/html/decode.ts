import { ParseError } from '../../parse/errors.js';
import { MAX_HTML_BYTES } from '../limits.js';

// Declarations are looked for this far into the page. The HTML spec's prescan stops at 1,024 bytes,
// but real pages put `<meta charset>` after kilobytes of inline scripts and browsers then re-decode.
const DECLARATION_BYTES = 64 * 1024;
// Binary files show NUL bytes early; a text page has none (UTF-16 pages carry a BOM and are decoded first).
const BINARY_PROBE_BYTES = 8 * 1024;
// Real text has essentially no C0 controls besides \t \n \r \f; more than this share means binary.
const MAX_CONTROL_SHARE = 0.05;
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/g;

// `[^<>]` keeps each attempt within one tag and no two quantifiers compete for the same
// characters, so hostile input (`charset=` and 60,000 spaces) cannot make the scan quadratic.
const META_CHARSET = /<meta\b[^<>]*?charset\s*=\s*["']?([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/;
// Bytes 0x80–0x9F of windows-1252 (https://encoding.spec.whatwg.org/index-windows-1252.txt); the rest is Latin-1.
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const MAGIC: [string, number[]][] = [
  ['gzip data', [0x1f, 0x8b]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
];

/**
 * Decodes an HTML page by its BOM, else as UTF-8 when the bytes are valid UTF-8, else by its declared
 * charset (`<meta charset>`, http-equiv, XML prolog), else as windows-1252; throws ParseError for
 * pages over MAX_HTML_BYTES and for binary files.
 */
export function decodeHtml(bytes: Uint8Array, file: string): string {
  if (bytes.byteLength > MAX_HTML_BYTES) {
    throw new ParseError(file, null, `page is larger than the ${MAX_HTML_BYTES / 1024 / 1024} MiB limit for one HTML page`);
  }
  const text = decodeText(bytes, file);
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > text.length * MAX_CONTROL_SHARE) throw new ParseError(file, null, 'binary file (too many control characters)');
  return text;
}

function decodeText(bytes: Uint8Array, file: string): string {
  const bom = bomEncoding(bytes);
  if (bom) return decodeAs(bom, bytes);
  rejectBinary(bytes, file);
  const declared = declaredEncoding(bytes);
  // ISO-2022-JP is 7-bit, so it always passes as UTF-8; only the declaration tells them apart.
  if (declared === 'iso-2022-jp') return decodeAs(declared, bytes);
  // Bytes that are valid UTF-8 are read as UTF-8 whatever the page declares: legacy text is almost
  // never valid UTF-8 by accident, while saved pages are often re-encoded to UTF-8 by tools that
  // leave the old `<meta charset=gb2312>` in place.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Undeclared non-UTF-8 is almost always windows-1252, the default browsers use for legacy pages;
    // a page that declares UTF-8 keeps its stray bad bytes as U+FFFD.
    return decodeAs(declared ?? 'windows-1252', bytes);
  }
}

/** Decodes with TextDecoder (which drops a BOM), except windows-1252, which Node 20 decodes as Latin-1. */
function decodeAs(encoding: string, bytes: Uint8Array): string {
  if (encoding !== 'windows-1252') return new TextDecoder(encoding).decode(bytes);
  // https://github.com/nodejs/node/issues/56542: Node maps 0x80–0x9F to C1 controls, not “ ” € –.
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  return undefined;
}

function rejectBinary(bytes: Uint8Array, file: string): void {
  for (const [kind, magic] of MAGIC) {
    if (magic.every((byte, i) => bytes[i] === byte)) throw new ParseError(file, null, `binary file (${kind}), not HTML`);
  }
  const nul = bytes.subarray(0, BINARY_PROBE_BYTES).indexOf(0);
  if (nul !== -1) throw new ParseError(file, null, 'binary file (contains NUL bytes)');
}

/** The TextDecoder encoding the page declares, or undefined when it declares none that we can use. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  // latin1 maps each byte to one char, so ASCII markup is readable whatever the real encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, DECLARATION_BYTES))
    .toString('latin1');
  const markup = withoutComments(head);
  const label = META_CHARSET.exec(markup)?.[1] ?? XML_ENCODING.exec(markup)?.[1];
  if (!label) return undefined;
  try {
    const encoding = new TextDecoder(label).encoding;
    // A UTF-16 label in ASCII-readable markup is a lie (the spec says to read it as UTF-8).
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    // Labels TextDecoder lacks: x-user-defined is byte-for-byte windows-1252 in practice.
    return label.toLowerCase() === 'x-user-defined' ? 'windows-1252' : undefined;
  }
}

/** The text without `<!-- … -->` comments (a commented-out old meta tag must not count); linear in the length. */
function withoutComments(text: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', from)) {
    parts.push(text.slice(from, open));
    const close = text.indexOf('-->', open + 4);
    if (close === -1) return parts.join('');
    from = close + 3;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
