import { articleLines } from '../db/article-lines.js';
import type { ArticleLines } from '../db/bulk.js';
import { extractHtmlArticle } from '../formats/html/extract.js';
import type { ParsedArticle } from '../model.js';
import { parseDateline } from '../parse/dateline.js';
import { ParseError } from '../parse/errors.js';
import { articleFromRecord } from '../parse/record.js';
import type { ImportInput, Rejection } from './import.js';

/** An input made ready to store: its rows as COPY lines, and how many bytes the input was. */
export interface PreparedArticle {
  path: string;
  bytes: number;
  lines: ArticleLines;
}

/** Parses one input, enriches it (unless `enrich` is false) and builds its rows, or says why it was rejected. Pure: runs in import workers. */
export function prepareInput(input: ImportInput, enrich = true): PreparedArticle | Rejection {
  if ('error' in input) return { path: input.path, reason: input.error };
  try {
    const article = parseInput(input);
    const bytes = 'bytes' in input ? input.bytes.byteLength : article.blocks.reduce((n, b) => n + b.text.length, 0);
    return { path: input.path, bytes, lines: articleLines(article, enrich) };
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return { path: input.path, reason: error.line === null ? error.reason : `line ${error.line}: ${error.reason}` };
  }
}

/** prepareInput over a chunk: the unit of work an import worker takes. */
export function prepareChunk({ inputs, enrich }: { inputs: ImportInput[]; enrich: boolean }): (PreparedArticle | Rejection)[] {
  return inputs.map((input) => prepareInput(input, enrich));
}

function parseInput(input: Exclude<ImportInput, { error: string }>): ParsedArticle {
  if ('record' in input) return articleFromRecord(input.record, input.path);
  // readImportSources sniffs every file; bytes given without a format are dateline text.
  if ((input.format ?? 'dateline') === 'dateline') return parseDateline(input.bytes, input.path);
  return articleFromRecord(extractHtmlArticle(input.bytes, input.path), input.path);
}
