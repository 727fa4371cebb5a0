import { parse, type CsvError, type Info } from 'csv-parse';
import { describeError, peekHead, readFailure, type ByteChunks } from './byte-streams.js';
import { recordFromFields, type FieldMap } from './fields.js';
import { stopAfterLeadingErrors } from './leading-errors.js';
import { HEAD_BYTES, MAX_CSV_COLUMNS, MAX_RECORD_BYTES } from './limits.js';
import type { RecordResult } from './record.js';

const DELIMITERS = [',', ';', '\t'] as const;

/** A CSV separator. */
export type CsvDelimiter = (typeof DELIMITERS)[number];

/**
 * Article records from a CSV export with a header row, streamed: the separator (comma, semicolon
 * or tab) is taken from the header line, quoted fields may span lines, and each row's location has
 * its line and row number. A row with the wrong number of fields, invalid UTF-8 or no body is an
 * error and the next row still counts; a quote never closed or a record over MAX_RECORD_BYTES
 * ends the file with an error, since every row after it would be misread. Nothing is thrown.
 */
export async function* parseCsv(chunks: ByteChunks, file: string, map: FieldMap = {}): AsyncGenerator<RecordResult> {
  yield* stopAfterLeadingErrors(readCsv(chunks, file, map), file, 'CSV');
}

/** The separator of a CSV text: whichever of comma, semicolon and tab is most frequent outside quotes in its first line. */
export function detectDelimiter(head: Uint8Array): CsvDelimiter {
  const text = new TextDecoder().decode(head);
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  for (const delimiter of DELIMITERS) if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

interface Row {
  fields: string[];
  /** Line the row starts on. */
  line: number;
}

async function* readCsv(source: ByteChunks, file: string, map: FieldMap): AsyncGenerator<RecordResult> {
  let peeked;
  try {
    peeked = await peekHead(source, HEAD_BYTES);
  } catch (error) {
    yield { location: { file }, error: readFailure(error, true) };
    return;
  }
  const rows: Row[] = [];
  // Where the last row ended, so a row's first line is known even when blank lines come before it.
  // Counted from the fields: csv-parse counts a CRLF inside quotes as two lines.
  let lastEnd = { lines: 0, empty: 0 };
  const parser = parse({
    delimiter: detectDelimiter(peeked.head),
    bom: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
    cast: (value, context) => {
      if (context.index >= MAX_CSV_COLUMNS) throw new Error(`record has more than ${MAX_CSV_COLUMNS} fields`);
      return value;
    },
    // Rows are taken here, synchronously, rather than read from the stream: an error then cannot
    // discard rows already parsed, and memory holds only the rows of one chunk.
    on_record: (fields: string[], info: Info) => {
      const line = lastEnd.lines + 1 + (info.empty_lines - lastEnd.empty);
      rows.push({ fields, line });
      lastEnd = { lines: line + countLineBreaks(fields), empty: info.empty_lines };
      return null;
    },
  });
  let failure: Error | undefined;
  parser.on('error', (error) => (failure ??= error));
  parser.resume();
  const write = (chunk: Uint8Array) => new Promise<void>((resolve) => parser.write(chunk, () => resolve()));
  const end = () => new Promise<void>((resolve) => parser.end(() => resolve()).once('error', () => resolve()));

  let header: string[] | undefined;
  let rowNumber = 0;
  const results = function* (): Generator<RecordResult> {
    for (const row of rows.splice(0)) {
      if (!header) {
        header = row.fields.map((name) => name.trim());
        continue;
      }
      rowNumber++;
      yield resultOf(row, header, { file, line: row.line, record: rowNumber }, map);
    }
  };
  try {
    for await (const chunk of peeked.chunks) {
      await write(chunk);
      yield* results();
      if (failure) break;
    }
    if (!failure) await end();
    yield* results();
  } catch (error) {
    yield* results();
    yield { location: { file, line: lastEnd.lines + 1 }, error: readFailure(error) };
    return;
  } finally {
    parser.destroy();
    await peeked.close();
  }
  if (failure) yield { location: { file, line: lastEnd.lines + 1 }, error: parserFailure(failure) };
  else if (!header) yield { location: { file }, error: 'no header row: the file is empty' };
}

function resultOf(row: Row, header: string[], location: RecordResult['location'], map: FieldMap): RecordResult {
  if (row.fields.length !== header.length) {
    return { location, error: `row has ${row.fields.length} fields but the header has ${header.length}` };
  }
  // The parser decodes leniently; U+FFFD is where bytes were not UTF-8 (a Latin-1 or cp1252 export).
  if (row.fields.some((field) => field.includes('\uFFFD'))) return { location, error: 'not valid UTF-8 text (save the file as UTF-8)' };
  // No prototype, so a column named "__proto__" is just a column.
  const object: Record<string, string> = Object.create(null);
  header.forEach((name, i) => {
    if (name !== '' && !Object.hasOwn(object, name)) object[name] = row.fields[i] ?? '';
  });
  try {
    const fields = recordFromFields(object, map);
    return 'record' in fields ? { location, record: fields.record } : { location, error: fields.error };
  } catch (error) {
    return { location, error: `could not read the record: ${describeError(error)}` };
  }
}

function countLineBreaks(fields: readonly string[]): number {
  return fields.reduce((n, field) => n + (field.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
}

function parserFailure(error: Error): string {
  const code = (error as Partial<CsvError>).code;
  const reason =
    code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'a quoted field is never closed'
      : code === 'CSV_MAX_RECORD_SIZE'
        ? `a record is longer than the ${MAX_RECORD_BYTES / 1024 / 1024} MiB limit (a quote left open?)`
        : describeError(error);
  return `${reason}; the rest of the file was not read`;
}
