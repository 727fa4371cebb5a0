import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyOf, chunksOf, collect, CORPORA, errorsOf, recordsOf } from './_fixtures.js';
import { parseJsonLines } from './jsonl.js';
import { MAX_LEADING_ERRORS, MAX_RECORD_BYTES } from './limits.js';

const parse = (text: string | Uint8Array, chunk = 7) => collect(parseJsonLines(chunksOf(text, chunk), 'a.jsonl'));
const line = (fields: Record<string, unknown>) => JSON.stringify(fields);

describe('parseJsonLines', () => {
  it('yields a record per line with its line number, across chunk boundaries', async () => {
    const results = await parse(`${line({ title: 'One', body: 'First.' })}\n\n  \n${line({ title: 'Two', text: 'Second.' })}\r\n`);
    expect(results.map((r) => r.location)).toEqual([
      { file: 'a.jsonl', line: 1 },
      { file: 'a.jsonl', line: 4 },
    ]);
    expect(recordsOf(results).map((r) => r.title)).toEqual(['One', 'Two']);
  });

  it('handles a byte order mark and a last line without a newline', async () => {
    const results = await parse(`\uFEFF${line({ body: 'A.' })}\n${line({ body: 'B.' })}`, 2);
    expect(recordsOf(results).map(bodyOf)).toEqual(['A.', 'B.']);
  });

  it('rejects bad lines with their line number and reason, and goes on', async () => {
    const bad = new Uint8Array([0x7b, 0x22, 0x62, 0xff, 0x22, 0x7d]); // {"b\xff"}
    const text = [line({ body: 'ok' }), '{"body": ', '[1, 2]', '"just a string"', line({ title: 'no body' }), line({ body: 'ok again' })].join('\n');
    const bytes = new Uint8Array([...new TextEncoder().encode(`${text}\n`), ...bad, 0x0a]);
    const results = await parse(bytes);
    expect(errorsOf(results)).toEqual([
      expect.stringMatching(/^2: invalid JSON: /),
      '3: expected a JSON object, got an array',
      '4: expected a JSON object, got a string',
      expect.stringMatching(/^5: no body: none of body/),
      '7: not valid UTF-8 text',
    ]);
    expect(recordsOf(results)).toHaveLength(2);
  });

  it('skips a 10 MB line without holding it, and reads the lines around it', async () => {
    async function* stream() {
      yield new TextEncoder().encode(`${line({ body: 'before' })}\n{"body":"`);
      const filler = new Uint8Array(1024 * 1024).fill(0x61);
      for (let i = 0; i < 10; i++) yield filler;
      yield new TextEncoder().encode(`"}\n${line({ body: 'after' })}\n`);
    }
    const results = await collect(parseJsonLines(stream(), 'big.jsonl'));
    expect(errorsOf(results)).toEqual([`2: record is longer than the ${MAX_RECORD_BYTES / 1024 / 1024} MiB limit for one article; skipped`]);
    expect(recordsOf(results).map(bodyOf)).toEqual(['before', 'after']);
  });

  it('reads a file that is one JSON array, element by element', async () => {
    const text = `[\n  ${line({ body: 'A.' })},\n  ${line({ body: 'B, with ] and } inside "quotes" \\" too.' })},\n  7\n]\n`;
    const results = await parse(text, 5);
    expect(recordsOf(results).map(bodyOf)).toEqual(['A.', 'B, with ] and } inside "quotes" \\" too.']);
    expect(errorsOf(results)).toEqual(['4: expected a JSON object, got a number']);
    expect(results[1]?.location.line).toBe(3);
  });

  it('reads objects printed over several lines, as jq prints them', async () => {
    const text = `{\n  "title": "One",\n  "body": "A."\n}\n{\n  "body": "B."\n}\n`;
    const results = await parse(text);
    expect(recordsOf(results).map((r) => [r.title, bodyOf(r)])).toEqual([['One', 'A.'], [null, 'B.']]);
    expect(results.map((r) => r.location.line)).toEqual([1, 5]);
  });

  it('reports a truncated array and broken structure once, keeping what came before', async () => {
    expect(errorsOf(await parse(`[${line({ body: 'A.' })}, {"body": "B`))).toEqual([
      '1: not valid JSON: the value starting at line 1 is not closed (truncated file?)',
    ]);
    expect(errorsOf(await parse(`[${line({ body: 'A.' })}`))).toEqual(['1: not valid JSON: the top-level array is not closed (truncated file?)']);
    const broken = await parse(`[${line({ body: 'A.' })}]\n}{`);
    expect(recordsOf(broken)).toHaveLength(1);
    expect(errorsOf(broken)).toEqual(['2: not valid JSON: unexpected "}" at line 2; the rest of the file was not read']);
  });

  it('gives up on a file that is not JSON Lines at all', async () => {
    const results = await parse('not json\n'.repeat(1000), 4096);
    expect(results).toHaveLength(MAX_LEADING_ERRORS + 1);
    expect(results.at(-1)).toEqual({ location: { file: 'a.jsonl' }, error: expect.stringMatching(/^gave up after 100 unreadable JSON Lines records/) });
  });

  it('ends with an error, not a throw, when the stream fails', async () => {
    async function* failing() {
      yield new TextEncoder().encode(`${line({ body: 'A.' })}\n${line({ body: 'B.' })}\n{"bo`);
      throw new Error('unexpected end of file');
    }
    const results = await collect(parseJsonLines(failing(), 'a.jsonl'));
    expect(recordsOf(results)).toHaveLength(2);
    expect(errorsOf(results)).toEqual(['3: could not read the rest of the input: unexpected end of file']);
  });

  it('reads the real exports in full', async () => {
    const count = async (name: string) => {
      const results = await collect(parseJsonLines(createReadStream(new URL(`jsonl/${name}`, CORPORA)), name));
      return { records: recordsOf(results).length, errors: new Set(errorsOf(results).map((e) => e.replace(/^\d+: /, ''))) };
    };
    expect(await count('newswcl50.jsonl')).toEqual({ records: 50, errors: new Set() });
    expect(await count('ecbplus_docs.jsonl')).toEqual({ records: 982, errors: new Set() });
    // 2,535 Reuters stories are a headline only.
    expect(await count('reuters21578.jsonl')).toEqual({ records: 21_578 - 2535, errors: new Set(['no body: "body" has no text']) });
  });
});
