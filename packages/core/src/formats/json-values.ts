import { concatBytes, type ByteChunks } from './byte-streams.js';

/** One JSON value cut from a stream: its bytes, or why it was not kept; `line` is where it starts. */
export type JsonValuePiece =
  | { line: number; bytes: Uint8Array }
  | { line: number; tooLong: true }
  | { line: number; error: string };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const OPEN = new Set([0x7b, 0x5b]); // { [
const CLOSE = new Set([0x7d, 0x5d]); // } ]
const ARRAY_END = 0x5d;
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Cuts the values out of a JSON text without parsing them: the elements of one top-level array
 * (`inArray`), or a run of top-level values as `jq` prints them. Only brackets and strings are
 * tracked, so memory holds one value at a time and a value over `maxBytes` is skipped unbuffered.
 * A break in the structure ends the stream with an error, since nothing after it can be trusted.
 */
export async function* splitJsonValues(source: ByteChunks, maxBytes: number, inArray: boolean): AsyncGenerator<JsonValuePiece> {
  let line = 1;
  let depth = 0; // brackets open inside the current value
  let inString = false;
  let escaped = false;
  let arrayState: 'before' | 'open' | 'closed' = inArray ? 'before' : 'open';
  // The value being cut: where it started, its bytes so far (dropped once over maxBytes).
  let value: { line: number; parts: Uint8Array[]; size: number; container: boolean } | null = null;

  const take = (chunk: Uint8Array, from: number, to: number) => {
    if (!value || to <= from) return;
    value.size += to - from;
    if (value.size > maxBytes) value.parts = [];
    else value.parts.push(chunk.subarray(from, to));
  };
  const finish = (): JsonValuePiece => {
    const done = value as NonNullable<typeof value>;
    value = null;
    return done.size > maxBytes ? { line: done.line, tooLong: true } : { line: done.line, bytes: concatBytes(done.parts) };
  };
  const unexpected = (byte: number): JsonValuePiece => ({
    line,
    error: `not valid JSON: unexpected "${String.fromCharCode(byte)}" at line ${line}; the rest of the file was not read`,
  });

  for await (const chunk of source) {
    let start = 0; // where the current value's bytes begin in this chunk
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] as number;
      if (byte === NEWLINE) line++;
      if (value) {
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === BACKSLASH) escaped = true;
          else if (byte === QUOTE) inString = false;
          continue;
        }
        if (byte === QUOTE) inString = true;
        else if (OPEN.has(byte)) depth++;
        else if (CLOSE.has(byte) && depth > 0) {
          depth--;
          if (depth === 0 && value.container) {
            take(chunk, start, i + 1);
            yield finish();
          }
          continue;
        }
        // A scalar, or a value left unclosed, ends at the separator after it.
        const ends = depth === 0 && (byte === COMMA || WHITESPACE.has(byte) || CLOSE.has(byte));
        if (!ends) continue;
        take(chunk, start, i);
        yield finish();
      }
      // Between values.
      if (WHITESPACE.has(byte)) continue;
      if (arrayState === 'before') {
        if (byte !== 0x5b) {
          yield unexpected(byte);
          return;
        }
        arrayState = 'open';
      } else if (arrayState === 'closed') {
        yield unexpected(byte);
        return;
      } else if (byte === COMMA) {
        continue;
      } else if (inArray && byte === ARRAY_END) {
        arrayState = 'closed';
      } else if (CLOSE.has(byte)) {
        yield unexpected(byte);
        return;
      } else {
        value = { line, parts: [], size: 0, container: OPEN.has(byte) };
        depth = value.container ? 1 : 0;
        inString = byte === QUOTE;
        start = i;
      }
    }
    if (value) take(chunk, start, chunk.length);
  }
  if (value !== null) {
    const open = value as NonNullable<typeof value>;
    if (open.container || inString) {
      yield { line: open.line, error: `not valid JSON: the value starting at line ${open.line} is not closed (truncated file?)` };
      return;
    }
    yield finish();
  }
  if (arrayState === 'open' && inArray) yield { line, error: 'not valid JSON: the top-level array is not closed (truncated file?)' };
}
