// Property-based and fuzz tests: random, truncated, corrupted and hostile inputs through every
// parser. Each must end in records or clear errors: never a throw, a hang or a runaway allocation.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { bytesOf, chunksOf, collect, gzip, makeTar, makeZip } from './_fixtures.js';
import { readArchive } from './archives.js';
import { parseCsv } from './csv.js';
import { detectFormat, type Format } from './detect.js';
import { parseFeed } from './feeds.js';
import { recordFromFields } from './fields.js';
import { expandInput, type ImportUnit } from './inputs.js';
import { parseJsonLines } from './jsonl.js';
import { blocksFromText } from './plain-text.js';
import type { RecordResult } from './record.js';

// Slowest acceptable time for one small input (they take milliseconds); a hang or a quadratic
// blow-up shows up far above it, with room for CI running several suites at once on 2 cores.
const MAX_MILLISECONDS_PER_INPUT = 10_000;
const MAX_REASON_CHARS = 400;
const FORMATS: Format[] = ['dateline', 'jsonl', 'csv', 'html', 'feed', 'jsonfeed', 'gzip', 'zip', 'tar', 'unknown'];

let tried = 0;
afterAll(() => {
  console.info(`format fuzzing: ${tried} inputs tried`);
});

/** Runs a property and counts its runs into the total of inputs tried. */
async function check<T>(arbitrary: fc.Arbitrary<T>, numRuns: number, predicate: (value: T) => Promise<void> | void): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      tried++;
      const started = performance.now();
      await predicate(value);
      expect(performance.now() - started).toBeLessThan(MAX_MILLISECONDS_PER_INPUT);
    }),
    { numRuns },
  );
}

/** Every result is a record with text, or an error with a short, non-empty reason. */
function expectOutcomes(results: readonly (RecordResult | ImportUnit)[]): void {
  for (const result of results) {
    expect(typeof result.location.file).toBe('string');
    if ('error' in result) {
      expect(result.error.length).toBeGreaterThan(0);
      expect(result.error.length).toBeLessThan(MAX_REASON_CHARS);
    } else if ('record' in result) {
      expect(result.record.blocks.length).toBeGreaterThan(0);
      for (const block of result.record.blocks) expect(block.text.trim()).not.toBe('');
    } else {
      expect(['dateline', 'html']).toContain(result.format);
    }
  }
}

// Pieces that break parsers: structure characters of every format, controls, BOMs, lone
// surrogates, right-to-left overrides, combining marks, entities and line ends of every kind.
const HOSTILE = [
  '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\ufeff', '\ufffd', '\ud800', '\udfff', '\u202e', '\u200f', '\u2066',
  '\u0301\u0301\u0301', 'ع', 'שָׁלוֹם', '👩‍👩‍👧', '\r', '\n', '\r\n', '\u2028', '\t', '"', '""', "'", '\\', '\\u', '\\ud800',
  '{', '}', '[', ']', ',', ';', ':', '<', '>', '&', '&amp;', '&#0;', '&#xD800;', '&lol;', '<![CDATA[', ']]>', '<!--', '-->',
  '<p>', '</p>', '<script>', '<?xml', '<!DOCTYPE', ' date 2024-01-01 ',
];
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 40 })
  .map((parts) => parts.join(''));
const randomBytes = fc.uint8Array({ maxLength: 4096 });
const chunkSize = fc.integer({ min: 1, max: 300 });
/** Text or bytes cut short at a random point, as a truncated download is. */
const truncated = (data: fc.Arbitrary<Uint8Array>) =>
  fc.tuple(data, fc.double({ min: 0, max: 1, noNaN: true })).map(([bytes, at]) => bytes.subarray(0, Math.floor(bytes.length * at)));
/** Bytes with a few of them overwritten, as a damaged file has. */
const corrupted = (data: Uint8Array) =>
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((edits) => {
    const copy = new Uint8Array(data);
    for (const [at, value] of edits) if (copy.length > 0) copy[at % copy.length] = value;
    return copy;
  });
const encode = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);

describe('blocksFromText', () => {
  it('gives clean, non-empty blocks for any text or array', async () => {
    await check(fc.oneof(hostileText, fc.string({ unit: 'binary' }), fc.array(fc.oneof(hostileText, fc.anything()))), 400, (text) => {
      for (const block of blocksFromText(text as string)) {
        expect(block.text).not.toBe('');
        expect(block.text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]|\p{Cs}/u);
      }
    });
  });
});

describe('recordFromFields', () => {
  const field = fc.constantFrom('title', 'body', 'text', 'content', 'date', 'source', 'authors', 'url', 'summary', '__proto__', 'constructor', 'x.y');
  const value = fc.oneof(hostileText, fc.jsonValue({ maxDepth: 4 }), fc.constant(null), fc.integer(), fc.double());
  it('gives a record or an error for any object and field map', async () => {
    const rows = fc.tuple(fc.dictionary(fc.oneof(field, fc.string()), value), fc.dictionary(fc.constantFrom('body', 'date', 'title', 'author'), fc.oneof(field, fc.string({ minLength: 1 }))));
    await check(rows, 400, ([row, map]) => {
      const result = recordFromFields(row, map);
      expectOutcomes(['record' in result ? { location: { file: 'x' }, record: result.record } : { location: { file: 'x' }, error: result.error }]);
    });
  });
});

describe('parseJsonLines', () => {
  const line = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.record({ title: hostileText, body: fc.oneof(hostileText, fc.array(hostileText)) }).map((v) => JSON.stringify(v)),
    hostileText,
  );
  const file = fc.oneof(
    fc.array(line, { maxLength: 20 }).map((lines) => encode(lines.join('\n'))),
    fc.array(line, { maxLength: 20 }).map((lines) => encode(`[${lines.join(',\n')}]`)),
    fc.array(line, { maxLength: 20 }).map((lines) => latin1(lines.join('\n'))),
  );
  it('ends in records or errors for random, truncated and hostile lines', async () => {
    await check(fc.tuple(fc.oneof(file, truncated(file), randomBytes), chunkSize), 500, async ([bytes, size]) => {
      expectOutcomes(await collect(parseJsonLines(chunksOf(bytes, size), 'f.jsonl')));
    });
  });

  it('survives deep nesting', async () => {
    await check(fc.tuple(fc.integer({ min: 1, max: 200_000 }), fc.constantFrom('[', '{"a":'), fc.boolean()), 20, async ([depth, open, closed]) => {
      const close = open === '[' ? ']' : '}';
      const text = `{"body": "x", "deep": ${open.repeat(depth)}1${closed ? close.repeat(depth) : ''}}\n`;
      expectOutcomes(await collect(parseJsonLines(chunksOf(text), 'deep.jsonl')));
    });
  });
});

describe('parseCsv', () => {
  const cell = fc.oneof(hostileText, fc.constantFrom('', '"', '""', '"a,b"', 'a"b', '\n', ';', '\t'));
  const file = fc
    .tuple(fc.constantFrom(',', ';', '\t'), fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 15 }))
    .map(([sep, rows]) => encode([['title', 'body', 'date'].join(sep), ...rows.map((row) => row.join(sep))].join('\n')));
  it('ends in records or errors for random, truncated and hostile rows', async () => {
    await check(fc.tuple(fc.oneof(file, truncated(file), randomBytes), chunkSize), 500, async ([bytes, size]) => {
      expectOutcomes(await collect(parseCsv(chunksOf(bytes, size), 'f.csv')));
    });
  });
});

describe('parseFeed', () => {
  const text = fc.oneof(hostileText, fc.constantFrom('<![CDATA[<p>x</p>]]>', '&lt;p&gt;y&lt;/p&gt;', '&lol;', '&#8217;', '&nbsp;'));
  const element = (name: string) => text.map((t) => `<${name}>${t}</${name}>`);
  const item = fc.array(fc.oneof(element('title'), element('description'), element('content:encoded'), element('link'), element('pubDate'), element('dc:creator')), { maxLength: 6 });
  const doctype = fc.oneof(
    fc.constant(''),
    fc.constant('<!DOCTYPE r [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'),
    fc.integer({ min: 1, max: 200 }).map((n) => `<!DOCTYPE r [${Array.from({ length: n }, (_, i) => `<!ENTITY e${i} "${'x'.repeat(5000)}">`).join('')}]>`),
  );
  const rss = fc.tuple(doctype, fc.array(item, { maxLength: 8 })).map(([dtd, items]) => `${dtd}<rss><channel><title>T</title>${items.map((i) => `<item>${i.join('')}</item>`).join('')}</channel></rss>`);
  const atom = fc.array(item, { maxLength: 8 }).map((items) => `<feed>${items.map((i) => `<entry>${i.join('').replace(/description/g, 'summary').replace(/content:encoded/g, 'content')}</entry>`).join('')}</feed>`);
  const jsonFeed = fc
    .array(fc.record({ title: fc.oneof(text, fc.jsonValue()), content_html: fc.oneof(text, fc.jsonValue()), summary: text }, { requiredKeys: [] }), { maxLength: 8 })
    .map((items) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items }));
  const nested = fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('a', 'p', 'div')).map(([depth, tag]) => `<rss><channel><item><description>${`<${tag}>`.repeat(depth)}x</description>${`<${tag}>`.repeat(depth)}</item></channel></rss>`);
  const feed = fc.oneof(rss, atom, jsonFeed, nested).map(encode);
  it('ends in records or one error for random, truncated, hostile and entity-laden feeds', async () => {
    await check(fc.oneof(feed, truncated(feed), randomBytes, feed.map((b) => latin1(new TextDecoder().decode(b)))), 400, (bytes) => {
      const results = parseFeed(bytes, 'f.xml');
      expect(results.length).toBeGreaterThan(0);
      expectOutcomes(results);
    });
  });
});

describe('archives', () => {
  it('end in entries or errors for damaged and truncated zip, tar and gzip data', async () => {
    const jsonl = '{"title":"A","body":"Body text."}\n'.repeat(50);
    const zip = makeZip({ 'a.jsonl': jsonl, 'b.txt': ' date 2024-01-01 Text.', 'c/': '' });
    const stored = makeZip({ 'a.jsonl': jsonl, 'b.txt': 'text' }, { level: 0 });
    const tar = await makeTar([{ name: 'a.jsonl', data: jsonl }, { name: 'b', type: 'directory' }, { name: 'b/c.csv', data: 'title,body\nA,B\n' }]);
    const archives = [zip, stored, tar, gzip(tar), gzip(jsonl)];
    const damaged = fc.oneof(...archives.map((a) => fc.oneof(corrupted(a), truncated(fc.constant(a)))));
    const magic = fc.tuple(fc.constantFrom([0x50, 0x4b, 0x03, 0x04], [0x1f, 0x8b, 0x08, 0x00], [0x50, 0x4b, 0x05, 0x06]), randomBytes).map(([head, rest]) => new Uint8Array([...head, ...rest]));
    const fakeTar = randomBytes.map((rest) => {
      const bytes = new Uint8Array(Math.max(1024, rest.length));
      bytes.set(rest);
      bytes.set(encode('ustar'), 257);
      return bytes;
    });
    await check(fc.tuple(fc.oneof(damaged, magic, fakeTar), chunkSize, fc.constantFrom('x.zip', 'x.tar', 'x.tgz', 'x.jsonl.gz', 'x')), 600, async ([bytes, size, name]) => {
      expectOutcomes(await collect(expandInput(name, chunksOf(bytes, size))));
    });
  });

  it('read raw archives entry by entry without throwing', async () => {
    await check(fc.tuple(randomBytes, fc.constantFrom<'zip' | 'tar'>('zip', 'tar')), 200, async ([bytes, kind]) => {
      for await (const item of readArchive(kind, chunksOf(bytes, 97))) {
        if ('chunks' in item) await collect(item.chunks).catch((error: Error) => expect(error.message.length).toBeGreaterThan(0));
      }
    });
  });
});

describe('detectFormat and expandInput', () => {
  const name = fc.oneof(fc.constantFrom('a.txt', 'a.jsonl', 'a.json', 'a.csv', 'a.tsv', 'a.html', 'a.xml', 'a.gz', 'a.tgz', 'a.zip', 'a.tar', '<stdin>', 'noext'), fc.string());
  it('detects some format for any head and name', async () => {
    await check(fc.tuple(name, fc.oneof(randomBytes, hostileText.map(encode))), 500, ([file, head]) => {
      expect(FORMATS).toContain(detectFormat(file, head));
    });
  });

  it('expands any input into units without throwing', async () => {
    await check(fc.tuple(name, fc.oneof(randomBytes, hostileText.map(encode)), chunkSize), 500, async ([file, bytes, size]) => {
      expectOutcomes(await collect(expandInput(file, chunksOf(bytes, size))));
    });
  });
});

describe('fixed hostile inputs', () => {
  const FIXED: [string, () => Uint8Array | Promise<Uint8Array>][] = [
    ['10 MB single line.jsonl', () => new Uint8Array(10 * 1024 * 1024).fill(0x7b)],
    ['10 MB single line.csv', () => encode(`title,body\nA,${'x'.repeat(10 * 1024 * 1024)}`)],
    ['10 MB of commas.csv', () => encode(`title,body\n${','.repeat(10 * 1024 * 1024)}`)],
    ['zip bomb.zip', () => makeZip({ 'a.jsonl': new Uint8Array(8 * 1024 * 1024), 'b.txt': new Uint8Array(8 * 1024 * 1024).fill(0x20) })],
    ['gzip bomb.jsonl.gz', () => gzip(new Uint8Array(32 * 1024 * 1024).fill(0x20))],
    ['5,000 directory entries.zip', () => makeZip(Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`d${i}/`, ''])), { level: 0 })],
    ['billion laughs.xml', () => encode(`<!DOCTYPE l [<!ENTITY a "${'a'.repeat(9999)}">]><rss><channel><item><title>${'&a;'.repeat(50_000)}</title></item></channel></rss>`)],
    ['deep.html', () => encode(`<!doctype html>${'<div>'.repeat(100_000)}`)],
    ['deep.xml', () => encode(`<rss>${'<a>'.repeat(100_000)}`)],
    ['deep html body.jsonl', () => encode(`${JSON.stringify({ body: `${'<div>'.repeat(100_000)}<p>x</p>` })}\n`)],
    ['deep html content.xml', () => encode(`<rss><channel><item><description><![CDATA[${'<div>'.repeat(100_000)}x]]></description></item></channel></rss>`)],
    ['100,000 keys.jsonl', () => encode(`${JSON.stringify(Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`key${i}`, i])))}\n`)],
    ['utf-16 garbage', () => new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00])],
  ];
  it.each(FIXED)('%s ends in clear errors', async (file, make) => {
    tried++;
    const started = performance.now();
    const units = await collect(expandInput(file, chunksOf(await make())));
    expectOutcomes(units);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
