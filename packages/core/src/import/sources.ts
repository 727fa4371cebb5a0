import { createReadStream } from 'node:fs';
import { detectFormat } from '../formats/detect.js';
import type { FieldMap } from '../formats/fields.js';
import { expandInput, type ImportUnit } from '../formats/inputs.js';
import { formatLocation } from '../formats/record.js';
import { MAX_ARTICLE_BYTES } from '../parse/dateline.js';
import { describeFsError, findArticleFiles, readSource } from './files.js';
import type { ImportInput } from './import.js';

/** The path argument meaning standard input, and how reports name it. */
export const STDIN_ARG = '-';
export const STDIN_PATH = '<stdin>';

// One article per file: read whole (bounded) and handed to a worker, a window of them in flight.
const DOCUMENT_EXTENSIONS = /\.(?:txt|html?)$/i;

/** Options of readImportSources. */
export interface SourceOptions {
  /** `--map field=column` for exports whose fields have other names. */
  map?: FieldMap;
  /** Standard input, read when a path is "-". */
  stdin?: AsyncIterable<Uint8Array>;
  /** Article files read at once; the disk rarely keeps the importer waiting with a few in flight. */
  concurrency?: number;
}

/**
 * Every article input below `paths` (files, folders walked for importable files, "-" for standard
 * input) in order: an article file whole, exports, feeds and archives streamed record by record,
 * so memory stays bounded whatever their size. What cannot be read becomes an input carrying why.
 */
export async function* readImportSources(paths: readonly string[], options: SourceOptions = {}): AsyncGenerator<ImportInput> {
  const { concurrency = 16 } = options;
  const window: Promise<ImportInput>[] = [];
  for await (const file of listFiles(paths)) {
    if (typeof file !== 'string') {
      window.push(Promise.resolve(file));
    } else if (file !== STDIN_ARG && DOCUMENT_EXTENSIONS.test(file)) {
      window.push(readSource(file));
    } else {
      // A streamed source yields many inputs: what is already in flight goes first, in order.
      for (const input of window.splice(0)) yield await input;
      yield* file === STDIN_ARG ? streamInputs(STDIN_PATH, options.stdin ?? process.stdin, options) : streamFile(file, options);
      continue;
    }
    if (window.length >= concurrency) {
      const input = await (window.shift() as Promise<ImportInput>);
      // A ".txt" that holds an export (content says so) is expanded rather than parsed as one article.
      yield* reconsider(input, options);
    }
  }
  for (const pending of window) yield* reconsider(await pending, options);
}

/** Inputs of one stream (an upload, standard input) named `name`: detected from its content and name. */
export async function* streamInputs(name: string, chunks: AsyncIterable<Uint8Array>, options: { map?: FieldMap } = {}): AsyncGenerator<ImportInput> {
  try {
    for await (const unit of expandInput(name, chunks, options.map ? { map: options.map } : {})) yield toInput(unit);
  } catch (error) {
    // expandInput reports bad content as units; what escapes is the stream itself failing (EIO, a reset upload).
    yield { path: name, error: describeFsError(error) };
  }
}

async function* streamFile(file: string, options: SourceOptions): AsyncGenerator<ImportInput> {
  yield* streamInputs(file, createReadStream(file, { highWaterMark: 256 * 1024 }), options);
}

async function* reconsider(input: ImportInput, options: SourceOptions): AsyncGenerator<ImportInput> {
  if (!('bytes' in input) || input.format) {
    yield input;
    return;
  }
  const format = detectFormat(input.path, input.bytes.subarray(0, 8192));
  if (format === 'html') {
    yield { ...input, format };
    return;
  }
  // Unknown content gets the dateline parser, whose errors say what a dateline file lacks.
  if (format === 'dateline' || format === 'unknown') {
    yield { ...input, format: 'dateline' };
    return;
  }
  // Read whole (it fit the bound): expand the bytes in hand; else stream the file from the start.
  if (input.bytes.byteLength <= MAX_ARTICLE_BYTES) yield* streamInputs(input.path, once(input.bytes), options);
  else yield* streamFile(input.path, options);
}

async function* listFiles(paths: readonly string[]): AsyncGenerator<string | ImportInput> {
  for (const path of paths) {
    // Handled here rather than by the walk, so a stray file or folder named "-" is never read instead.
    if (path === STDIN_ARG) {
      yield STDIN_ARG;
      continue;
    }
    try {
      yield* findArticleFiles([path]);
    } catch (error) {
      yield { path, error: describeFsError(error) };
    }
  }
}

function toInput(unit: ImportUnit): ImportInput {
  const path = formatLocation(unit.location);
  if ('bytes' in unit) return { path, bytes: unit.bytes, format: unit.format };
  if ('record' in unit) return { path, record: unit.record };
  return { path, error: unit.error };
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
