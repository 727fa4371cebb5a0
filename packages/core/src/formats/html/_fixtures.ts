// Test helpers: real pages from the shared corpora (read at test time, never copied into the repo)
// and an encoder for legacy charsets, which TextEncoder (UTF-8 only) cannot produce.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect } from 'vitest';
import { ParseError } from '../../parse/errors.js';

const corpora = new URL('../../../../../../shared/corpora/html/', import.meta.url);

/** source.html of one of Mozilla's Readability test pages. */
export function readabilityPage(name: string): Uint8Array {
  return readFileSync(new URL(`readability-test-pages/test/test-pages/${name}/source.html`, corpora));
}

/** expected-metadata.json of one of Mozilla's Readability test pages. */
export function readabilityMetadata(name: string): Record<string, string | null> {
  return JSON.parse(readFileSync(new URL(`readability-test-pages/test/test-pages/${name}/expected-metadata.json`, corpora), 'utf8'));
}

/** One page of Zyte's article-extraction-benchmark, gunzipped, with its ground truth. */
export function benchmarkPage(id: string): { bytes: Uint8Array; articleBody: string; url: string } {
  const dir = new URL('article-extraction-benchmark/', corpora);
  const truth = JSON.parse(readFileSync(new URL('ground-truth.json', dir), 'utf8'))[id];
  return { bytes: gunzipSync(readFileSync(new URL(`html/${id}.html.gz`, dir))), ...truth };
}

/** Encodes text in a legacy charset; characters it lacks become numeric character references, as browsers submit them. */
export function encodeLegacy(text: string, encoding: 'windows-1252' | 'shift_jis'): Uint8Array {
  const table = reverseTable(encoding);
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const bytes = code < 0x80 ? [code] : table.get(char);
    if (bytes) out.push(...bytes);
    else for (const c of `&#${code};`) out.push(c.charCodeAt(0));
  }
  return Uint8Array.from(out);
}

const tables = new Map<string, Map<string, number[]>>();

// windows-1252 from its definition (https://encoding.spec.whatwg.org/index-windows-1252.txt), not
// from TextDecoder, which Node 20 gets wrong for 0x80–0x9F; then Latin-1 from 0xA0.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function reverseTable(encoding: string): Map<string, number[]> {
  let table = tables.get(encoding);
  if (table) return table;
  table = new Map();
  if (encoding === 'windows-1252') {
    for (let byte = 0x80; byte <= 0xff; byte++) table.set(byte < 0xa0 ? (WINDOWS_1252_HIGH[byte - 0x80] ?? '') : String.fromCharCode(byte), [byte]);
    tables.set(encoding, table);
    return table;
  }
  const decoder = new TextDecoder(encoding, { fatal: true });
  const add = (bytes: number[]) => {
    try {
      const char = decoder.decode(Uint8Array.from(bytes));
      if ([...char].length === 1 && !table?.has(char)) table?.set(char, bytes);
    } catch {
      // not a valid sequence in this encoding
    }
  };
  for (let a = 0x80; a <= 0xff; a++) {
    add([a]);
    if (encoding === 'shift_jis') for (let b = 0x40; b <= 0xfc; b++) add([a, b]);
  }
  tables.set(encoding, table);
  return table;
}

/** The ParseError `fn` throws, so a test can check its reason. */
export function parseErrorOf(fn: () => unknown): ParseError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return error as ParseError;
  }
  throw new Error('expected a ParseError, but nothing was thrown');
}
