import { MAX_ARTICLE_BYTES } from '../parse/dateline.js';
import { readArchive } from './archives.js';
import { describeError, peekHead, readAll, readFailure, utf16ToUtf8, type ByteChunks, type PeekedStream } from './byte-streams.js';
import { parseCsv } from './csv.js';
import { detectFormat } from './detect.js';
import { parseFeed } from './feeds.js';
import type { FieldMap } from './fields.js';
import { gunzip } from './gzip.js';
import { parseJsonLines } from './jsonl.js';
import { HEAD_BYTES, MAX_FEED_BYTES, MAX_HTML_BYTES } from './limits.js';
import type { InputLocation, RecordResult } from './record.js';

/** What one input expands to: a whole document for a worker to parse, or a record (or error) from an export or feed. */
export type ImportUnit = { location: InputLocation; format: 'dateline' | 'html'; bytes: Uint8Array } | RecordResult;

/** Options of expandInput. */
export interface ExpandOptions {
  /** `--map field=column` for JSON Lines and CSV exports whose fields have other names. */
  map?: FieldMap;
}

/** Which containers the bytes have already come through: one archive and one gzip layer at most. */
interface Layers {
  archived: boolean;
  gunzipped: boolean;
}

const MiB = 1024 * 1024;
const UNKNOWN =
  'unrecognised format: not dateline text, JSON Lines, CSV, HTML, an RSS/Atom/JSON feed or a .gz/.zip/.tar archive (by content or by name)';

/**
 * Everything one input holds, detected from its first bytes and its name (pass process.stdin and
 * "<stdin>" for standard input): dateline text and HTML pages whole (each within its size bound),
 * JSON Lines, CSV and feeds as records, and `.gz`, `.zip` and `.tar(.gz)` archives opened one
 * level deep, their entries named in location.entry. Streamed throughout, so memory stays bounded
 * whatever the input's size. Never throws for bad content: every problem is an error unit.
 */
export async function* expandInput(file: string, chunks: ByteChunks, options: ExpandOptions = {}): AsyncGenerator<ImportUnit> {
  yield* expand({ file }, file, chunks, options.map ?? {}, { archived: false, gunzipped: false });
}

async function* expand(location: InputLocation, name: string, source: ByteChunks, map: FieldMap, layers: Layers): AsyncGenerator<ImportUnit> {
  let peeked: PeekedStream;
  try {
    peeked = await peekHead(source, HEAD_BYTES);
  } catch (error) {
    yield { location, error: readFailure(error, true) };
    return;
  }
  try {
    yield* expandPeeked(location, name, peeked, map, layers);
  } catch (error) {
    // The parsers report their own failures; this is a last guard so one input can never end an import.
    yield { location, error: `could not read: ${describeError(error)}` };
  } finally {
    await peeked.close();
  }
}

async function* expandPeeked(location: InputLocation, name: string, peeked: PeekedStream, map: FieldMap, layers: Layers): AsyncGenerator<ImportUnit> {
  const { head, chunks } = peeked;
  if (head.length === 0) {
    yield { location, error: 'empty file' };
    return;
  }
  // Excel's "Unicode text" and some Windows tools write UTF-16; everything downstream reads UTF-8.
  const utf16 = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    yield* expand(location, name, utf16ToUtf8(chunks, utf16), map, layers);
    return;
  }
  const format = detectFormat(name, head);
  const file = location.file;
  switch (format) {
    case 'gzip':
      if (layers.gunzipped) {
        yield { location, error: 'gzip data inside gzip data: only one level of compression is opened' };
        return;
      }
      yield* expand(location, innerName(name), gunzip(chunks), map, { ...layers, gunzipped: true });
      return;
    case 'zip':
    case 'tar':
      if (layers.archived) {
        yield { location, error: 'an archive inside an archive: only one level of archives is opened' };
        return;
      }
      yield* expandArchive(location, format, chunks, map, layers);
      return;
    case 'jsonl':
      yield* located(parseJsonLines(chunks, file, map), location);
      return;
    case 'csv':
      yield* located(parseCsv(chunks, file, map), location);
      return;
    case 'feed':
    case 'jsonfeed': {
      const bytes = await readAll(chunks, MAX_FEED_BYTES);
      if (!bytes) yield { location, error: `feed is larger than the ${MAX_FEED_BYTES / MiB} MiB limit for one feed` };
      else for (const result of parseFeed(bytes, file)) yield { ...result, location: { ...location, ...result.location } };
      return;
    }
    case 'dateline':
    case 'html': {
      const limit = format === 'dateline' ? MAX_ARTICLE_BYTES : MAX_HTML_BYTES;
      const bytes = await readAll(chunks, limit);
      if (!bytes) yield { location, error: `file is larger than the ${limit / MiB} MiB limit for one ${format === 'html' ? 'HTML page' : 'article'}` };
      else yield { location, format, bytes };
      return;
    }
    case 'unknown':
      yield { location, error: UNKNOWN };
  }
}

async function* expandArchive(location: InputLocation, kind: 'zip' | 'tar', chunks: ByteChunks, map: FieldMap, layers: Layers): AsyncGenerator<ImportUnit> {
  let seen = 0;
  for await (const item of readArchive(kind, chunks)) {
    seen++;
    if ('error' in item) {
      yield { location: item.entry === undefined ? location : { ...location, entry: item.entry }, error: item.error };
    } else {
      yield* expand({ ...location, entry: item.entry }, item.entry, item.chunks, map, { ...layers, archived: true });
    }
  }
  if (seen === 0) yield { location, error: `${kind} archive holds no files` };
}

/** Results of a parser that names only the file, placed in their archive entry. */
async function* located(results: AsyncIterable<RecordResult>, location: InputLocation): AsyncGenerator<RecordResult> {
  for await (const result of results) {
    yield location.entry === undefined ? result : { ...result, location: { ...result.location, entry: location.entry } };
  }
}

/** The name of what a gzip file holds: `a.jsonl.gz` holds `a.jsonl`, `a.tgz` holds `a.tar`. */
function innerName(name: string): string {
  return name.replace(/\.tgz$/i, '.tar').replace(/\.gz$/i, '');
}
