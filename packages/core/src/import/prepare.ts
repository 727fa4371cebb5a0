import { toCopyLine, toRow } from '../db/rows.js';
import { parseDateline } from '../parse/dateline.js';
import { ParseError } from '../parse/errors.js';
import type { ImportInput, Rejection } from './import.js';

/** An input made ready to store: its row as a UTF-8 COPY line, and how many bytes the input was. */
export interface PreparedArticle {
  path: string;
  bytes: number;
  // Bytes, not a string: encoding here spares the database thread, and bytes cross threads by plain copy.
  copyLine: Uint8Array;
}

const encoder = new TextEncoder();

/** Parses one input and builds its row, or says why it was rejected. Pure: runs in import workers. */
export function prepareInput(input: ImportInput): PreparedArticle | Rejection {
  if ('error' in input) return { path: input.path, reason: input.error };
  try {
    const article = parseDateline(input.bytes, input.path);
    return { path: input.path, bytes: input.bytes.byteLength, copyLine: encoder.encode(toCopyLine(toRow(article))) };
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return { path: input.path, reason: error.line === null ? error.reason : `line ${error.line}: ${error.reason}` };
  }
}

/** prepareInput over a chunk: the unit of work an import worker takes. */
export function prepareChunk(inputs: ImportInput[]): (PreparedArticle | Rejection)[] {
  return inputs.map(prepareInput);
}
