import { describe, expect, it } from 'vitest';
import { bodyOf, chunksOf, collect, errorsOf, recordsOf } from './_fixtures.js';
import { detectDelimiter, parseCsv } from './csv.js';
import { MAX_RECORD_BYTES } from './limits.js';

const parse = (text: string | Uint8Array, map = {}, chunk = 5) => collect(parseCsv(chunksOf(text, chunk), 'a.csv', map));

describe('parseCsv', () => {
  it('reads rows by their header, with quoted fields over several lines, and places each row', async () => {
    const text = '\uFEFFtitle,date,body\r\nOne,2024-01-01,"First paragraph.\r\n\r\nSecond, with a comma."\r\n\r\nTwo,2024-01-02,Plain body.\r\n';
    const results = await parse(text);
    expect(results.map((r) => r.location)).toEqual([
      { file: 'a.csv', line: 2, record: 1 },
      { file: 'a.csv', line: 6, record: 2 },
    ]);
    expect(recordsOf(results).map((r) => [r.title, r.published, bodyOf(r)])).toEqual([
      ['One', '2024-01-01', 'First paragraph.\n\nSecond, with a comma.'],
      ['Two', '2024-01-02', 'Plain body.'],
    ]);
  });

  it.each([
    ['semicolons', 'title;body\nA;Text, with a comma.\n'],
    ['tabs', 'title\tbody\nA\tText, with a comma.\n'],
  ])('detects %s as the separator', async (_name, text) => {
    expect(recordsOf(await parse(text)).map(bodyOf)).toEqual(['Text, with a comma.']);
  });

  it('rejects rows with the wrong number of fields, or no body, and goes on', async () => {
    const results = await parse('title,body\nA,ok\nB,too,many\nC\nD,\nE,"a ""quoted"" word"\n');
    expect(errorsOf(results)).toEqual(['3: row has 3 fields but the header has 2', '4: row has 1 fields but the header has 2', '5: no body: "body" has no text']);
    expect(recordsOf(results).map(bodyOf)).toEqual(['ok', 'a "quoted" word']);
  });

  it('keeps stray quotes inside unquoted fields', async () => {
    expect(recordsOf(await parse('title,body\nA,He said "no" twice.\n')).map(bodyOf)).toEqual(['He said "no" twice.']);
  });

  it('ends the file with one error when a quote is never closed', async () => {
    const results = await parse('title,body\nA,ok\nB,"never closed\nC,lost\n');
    expect(recordsOf(results)).toHaveLength(1);
    expect(errorsOf(results)).toEqual(['3: a quoted field is never closed; the rest of the file was not read']);
  });

  it('refuses a 10 MB record without holding it', async () => {
    async function* stream() {
      yield new TextEncoder().encode('title,body\nA,ok\nB,');
      const filler = new Uint8Array(1024 * 1024).fill(0x61);
      for (let i = 0; i < 10; i++) yield filler;
      yield new TextEncoder().encode('\nC,after\n');
    }
    const results = await collect(parseCsv(stream(), 'big.csv'));
    expect(recordsOf(results)).toHaveLength(1);
    expect(errorsOf(results)).toEqual([
      `3: a record is longer than the ${MAX_RECORD_BYTES / 1024 / 1024} MiB limit (a quote left open?); the rest of the file was not read`,
    ]);
  });

  it('refuses a record of millions of empty fields', async () => {
    const results = await parse(`title,body\n${','.repeat(100_000)}\n`, {}, 64 * 1024);
    expect(errorsOf(results)).toEqual([expect.stringMatching(/^2: record has more than 10000 fields; the rest/)]);
  });

  it('rejects rows that are not UTF-8', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('title,body\nA,caf'), 0xe9, 0x0a, ...new TextEncoder().encode('B,fine\n')]);
    const results = await parse(bytes);
    expect(errorsOf(results)).toEqual(['2: not valid UTF-8 text (save the file as UTF-8)']);
    expect(recordsOf(results).map(bodyOf)).toEqual(['fine']);
  });

  it('follows a field map and treats a "__proto__" column as an ordinary column', async () => {
    const results = await parse('__proto__,story_text,headline\nx,The story.,H\n', { body: 'story_text', author: '__proto__' });
    expect(recordsOf(results)).toEqual([expect.objectContaining({ title: 'H', author: 'x', blocks: [{ type: 'paragraph', text: 'The story.' }] })]);
  });

  it('reports an empty file and a header without rows', async () => {
    expect(errorsOf(await parse(''))).toEqual(['-: no header row: the file is empty']);
    expect(await parse('title,body\n')).toEqual([]);
  });
});

describe('detectDelimiter', () => {
  it('counts separators outside quotes on the first line only', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(detectDelimiter(bytes('"a;b;c",title\n;;;;;\n'))).toBe(',');
    expect(detectDelimiter(bytes('a;b,c;d'))).toBe(';');
    expect(detectDelimiter(bytes('single'))).toBe(',');
  });
});
