import { concatBytes, describeError, peekHead, readFailure, type ByteChunks } from './byte-streams.js';
import { recordFromFields, type FieldMap } from './fields.js';
import { splitJsonValues, type JsonValuePiece } from './json-values.js';
import { stopAfterLeadingErrors } from './leading-errors.js';
import { HEAD_BYTES, MAX_RECORD_BYTES } from './limits.js';
import type { RecordResult } from './record.js';

const NEWLINE = 0x0a;
const BOM = [0xef, 0xbb, 0xbf];

/**
 * Article records from JSON Lines, streamed: one object per line, blank lines skipped, a BOM
 * allowed. A file that is one JSON array of objects, or objects printed over several lines (as `jq`
 * does), is cut value by value instead. A line over MAX_RECORD_BYTES, invalid UTF-8, invalid JSON or
 * a value that is not an object is an error with its line number; the lines after it still count.
 * Errors reading the stream (a truncated archive) end it with an error; nothing is thrown.
 */
export async function* parseJsonLines(chunks: ByteChunks, file: string, map: FieldMap = {}): AsyncGenerator<RecordResult> {
  yield* stopAfterLeadingErrors(readJsonLines(chunks, file, map), file, 'JSON Lines');
}

async function* readJsonLines(source: ByteChunks, file: string, map: FieldMap): AsyncGenerator<RecordResult> {
  const position = { line: 1 };
  let peeked;
  try {
    peeked = await peekHead(source, HEAD_BYTES);
  } catch (error) {
    yield { location: { file }, error: readFailure(error, true) };
    return;
  }
  try {
    const bom = BOM.every((byte, i) => peeked.head[i] === byte) ? BOM.length : 0;
    const chunks = skipBytes(peeked.chunks, bom);
    const layout = layoutOf(peeked.head.subarray(bom));
    const pieces = layout === 'lines' ? splitLines(chunks, MAX_RECORD_BYTES) : splitJsonValues(chunks, MAX_RECORD_BYTES, layout === 'array');
    for await (const piece of pieces) {
      const result = resultOf(piece, file, map);
      if (result) yield result;
      // A read error is placed on the line being read: the next one for JSON Lines, this value's start otherwise.
      position.line = layout === 'lines' ? piece.line + 1 : piece.line;
    }
  } catch (error) {
    yield { location: { file, line: position.line }, error: readFailure(error) };
  } finally {
    await peeked.close();
  }
}

/** How the values are laid out: one per line, in one array, or printed over several lines each. */
function layoutOf(head: Uint8Array): 'lines' | 'array' | 'values' {
  const text = new TextDecoder().decode(head);
  const first = /\S/.exec(text);
  if (first?.[0] === '[') return 'array';
  if (first?.[0] !== '{') return 'lines';
  const newline = text.indexOf('\n', first.index);
  // A JSON Lines record closes on its own line; a pretty-printed object does not.
  if (newline === -1 || text.slice(first.index, newline).trimEnd().endsWith('}')) return 'lines';
  return 'values';
}

function resultOf(piece: JsonValuePiece, file: string, map: FieldMap): RecordResult | undefined {
  const location = { file, line: piece.line };
  if ('error' in piece) return { location, error: piece.error };
  if ('tooLong' in piece) {
    return { location, error: `record is longer than the ${MAX_RECORD_BYTES / 1024 / 1024} MiB limit for one article; skipped` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(piece.bytes);
  } catch {
    return { location, error: 'not valid UTF-8 text' };
  }
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { location, error: `invalid JSON: ${describeError(error)}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { location, error: `expected a JSON object, got ${describeJson(value)}` };
  }
  try {
    const fields = recordFromFields(value as Record<string, unknown>, map);
    return 'record' in fields ? { location, record: fields.record } : { location, error: fields.error };
  } catch (error) {
    // A converter failing on one hostile record (say, HTML nested beyond the stack) must not end the file.
    return { location, error: `could not read the record: ${describeError(error)}` };
  }
}

/** Lines of the stream, each without its line end; a line over `maxBytes` is reported as too long and its bytes are never held. */
async function* splitLines(source: ByteChunks, maxBytes: number): AsyncGenerator<JsonValuePiece> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let line = 1;
  const finish = (): JsonValuePiece => {
    const piece: JsonValuePiece = size > maxBytes ? { line, tooLong: true } : { line, bytes: trimCarriageReturn(concatBytes(parts)) };
    parts = [];
    size = 0;
    line++;
    return piece;
  };
  for await (const chunk of source) {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(NEWLINE, start);
      const end = newline === -1 ? chunk.length : newline;
      size += end - start;
      if (size > maxBytes) parts = [];
      else if (end > start) parts.push(chunk.subarray(start, end));
      if (newline === -1) break;
      yield finish();
      start = newline + 1;
    }
  }
  if (size > 0) yield finish();
}

function trimCarriageReturn(bytes: Uint8Array): Uint8Array {
  return bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes;
}

async function* skipBytes(source: ByteChunks, count: number): AsyncGenerator<Uint8Array> {
  let left = count;
  for await (const chunk of source) {
    const skip = Math.min(left, chunk.length);
    left -= skip;
    if (skip < chunk.length) yield skip === 0 ? chunk : chunk.subarray(skip);
  }
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

