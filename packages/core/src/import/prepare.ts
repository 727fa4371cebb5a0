import { articleLines } from '../db/article-lines.js';
import type { ArticleLines } from '../db/bulk.js';
import { parseDateline } from '../parse/dateline.js';
import { ParseError } from '../parse/errors.js';
import type { ImportInput, Rejection } from './import.js';

/** An input made ready to store: its rows as COPY lines, and how many bytes the input was. */
export interface PreparedArticle {
  path: string;
  bytes: number;
  lines: ArticleLines;
}

/** Parses one input, enriches it and builds its rows, or says why it was rejected. Pure: runs in import workers. */
export function prepareInput(input: ImportInput): PreparedArticle | Rejection {
  if ('error' in input) return { path: input.path, reason: input.error };
  try {
    const article = parseDateline(input.bytes, input.path);
    return { path: input.path, bytes: input.bytes.byteLength, lines: articleLines(article) };
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return { path: input.path, reason: error.line === null ? error.reason : `line ${error.line}: ${error.reason}` };
  }
}

/** prepareInput over a chunk: the unit of work an import worker takes. */
export function prepareChunk(inputs: ImportInput[]): (PreparedArticle | Rejection)[] {
  return inputs.map(prepareInput);
}
