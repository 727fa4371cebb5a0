import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../parse/dateline.js';
import { bodyOf, bytesOf, chunksOf, collect, CORPORA, gzip, makeTar, makeZip } from './_fixtures.js';
import { expandInput, type ImportUnit } from './inputs.js';
import { formatLocation } from './record.js';

const expand = (name: string, data: string | Uint8Array, map = {}) => collect(expandInput(name, chunksOf(data, 4096), { map }));

/** Each unit as `location: what`, for one-line assertions. */
function summary(units: ImportUnit[]): string[] {
  return units.map((unit) => {
    const where = formatLocation(unit.location);
    if ('bytes' in unit) return `${where}: ${unit.format} (${unit.bytes.length} bytes)`;
    if ('record' in unit) return `${where}: ${unit.record.title ?? bodyOf(unit.record).slice(0, 20)}`;
    return `${where}! ${unit.error}`;
  });
}

const DATELINE = ' date 2022-01-21 Blinken and Lavrov met in Geneva.\n';
const JSONL = '{"title":"One","body":"First."}\n{"title":"Two","body":"Second."}\n';
const CSV = 'title,body\nThree,Third.\n';
const HTML = '<!doctype html><html><body><p>Page.</p></body></html>';
const RSS = '<rss><channel><title>T</title><item><title>Four</title><description>Fourth.</description></item></channel></rss>';

describe('expandInput', () => {
  it('passes article documents through whole and parses exports and feeds into records', async () => {
    expect(summary(await expand('a.txt', DATELINE))).toEqual(['a.txt: dateline (51 bytes)']);
    expect(summary(await expand('page.html', HTML))).toEqual(['page.html: html (53 bytes)']);
    expect(summary(await expand('a.jsonl', JSONL))).toEqual(['a.jsonl:1: One', 'a.jsonl:2: Two']);
    expect(summary(await expand('a.csv', CSV))).toEqual(['a.csv:2: Three']);
    expect(summary(await expand('feed.xml', RSS))).toEqual(['feed.xml#1: Four']);
  });

  it('opens archives one level deep and names each entry', async () => {
    const zip = makeZip({ 'a.txt': DATELINE, 'b.jsonl': JSONL, 'c.csv': CSV, 'd/feed.rss': RSS, 'e.html': HTML, 'f.jsonl.gz': gzip(JSONL), 'g.zip': makeZip({ x: 'y' }), 'h.png': '\x89PNG' });
    expect(summary(await expand('all.zip', zip))).toEqual([
      'all.zip!a.txt: dateline (51 bytes)',
      'all.zip!b.jsonl:1: One',
      'all.zip!b.jsonl:2: Two',
      'all.zip!c.csv:2: Three',
      'all.zip!d/feed.rss#1: Four',
      'all.zip!e.html: html (53 bytes)',
      'all.zip!f.jsonl.gz:1: One',
      'all.zip!f.jsonl.gz:2: Two',
      'all.zip!g.zip! an archive inside an archive: only one level of archives is opened',
      'all.zip!h.png! unrecognised format: not dateline text, JSON Lines, CSV, HTML, an RSS/Atom/JSON feed or a .gz/.zip/.tar archive (by content or by name)',
    ]);
  });

  it('reads .gz, .tar.gz and .tgz, but not gzip inside gzip', async () => {
    const tar = await makeTar([{ name: 'a.txt', data: DATELINE }, { name: 'b.jsonl', data: JSONL }, { name: 'c.jsonl.gz', data: gzip(JSONL) }]);
    const expected = ['x!a.txt: dateline (51 bytes)', 'x!b.jsonl:1: One', 'x!b.jsonl:2: Two', 'x!c.jsonl.gz! gzip data inside gzip data: only one level of compression is opened'];
    expect(summary(await expand('x', gzip(tar)))).toEqual(expected);
    expect(summary(await expand('x.tgz', gzip(tar)))).toEqual(expected.map((line) => line.replace(/^x!/, 'x.tgz!')));
    expect(summary(await expand('data.jsonl.gz', gzip(JSONL)))).toEqual(['data.jsonl.gz:1: One', 'data.jsonl.gz:2: Two']);
    expect(summary(await expand('twice.gz', gzip(gzip(JSONL))))).toEqual(['twice.gz! gzip data inside gzip data: only one level of compression is opened']);
  });

  it('reads standard input by content alone', async () => {
    const stdin = Readable.from([Buffer.from(CSV.slice(0, 7)), Buffer.from(CSV.slice(7))]);
    expect(summary(await collect(expandInput('<stdin>', stdin)))).toEqual(['<stdin>:2: Three']);
    expect(summary(await collect(expandInput('<stdin>', Readable.from([Buffer.from(gzip(JSONL))]))))).toEqual(['<stdin>:1: One', '<stdin>:2: Two']);
  });

  it('re-encodes UTF-16 input (Excel "Unicode text") as UTF-8', async () => {
    const utf16 = Buffer.from(`\uFEFFtitle\tbody\nCafé\tCrème brûlée.\n`, 'utf16le');
    const [unit] = await expand('export.txt', utf16);
    expect(unit && 'record' in unit && [unit.record.title, bodyOf(unit.record)]).toEqual(['Café', 'Crème brûlée.']);
  });

  it('refuses documents over their bound, empty files and unknown formats with one error each', async () => {
    expect(summary(await expand('big.txt', ` date 2022-01-01 ${'x'.repeat(MAX_ARTICLE_BYTES)}`))).toEqual(['big.txt! file is larger than the 1 MiB limit for one article']);
    expect(summary(await expand('big.html', `<html>${' '.repeat(9 * 1024 * 1024)}`))).toEqual(['big.html! file is larger than the 8 MiB limit for one HTML page']);
    expect(summary(await expand('empty.jsonl', ''))).toEqual(['empty.jsonl! empty file']);
    expect(summary(await expand('a.bin', new Uint8Array([0, 1, 2, 3])))).toEqual([expect.stringMatching(/^a\.bin! unrecognised format/)]);
    expect(summary(await expand('empty.zip', makeZip({})))).toEqual(['empty.zip! zip archive holds no files']);
  });

  it('passes the field map to exports inside archives', async () => {
    const units = await expand('x.zip', makeZip({ 'a.csv': 'headline,story_text\nH,The story.\n' }), { body: 'story_text' });
    expect(summary(units)).toEqual(['x.zip!a.csv:2: H']);
  });

  it('turns a failing stream into an error after what it delivered', async () => {
    async function* failing() {
      yield bytesOf(JSONL);
      throw new Error('EIO: i/o error, read');
    }
    expect(summary(await collect(expandInput('a.jsonl', failing())))).toEqual([
      'a.jsonl:1: One',
      'a.jsonl:2: Two',
      'a.jsonl:3! could not read the rest of the input: EIO: i/o error, read',
    ]);
    async function* dead(): AsyncGenerator<Uint8Array> {
      throw new Error('EACCES: permission denied');
    }
    expect(summary(await collect(expandInput('a.jsonl', dead())))).toEqual(['a.jsonl! could not read the input: EACCES: permission denied']);
  });

  it('reads a real export through gzip and zip', async () => {
    const wcl = readFileSync(new URL('jsonl/newswcl50.jsonl', CORPORA));
    const units = await expand('wcl.zip', makeZip({ 'wcl.jsonl.gz': gzip(wcl), 'wcl.jsonl': wcl }));
    expect(units.filter((u) => 'record' in u)).toHaveLength(100);
    const stream = await collect(expandInput('ecbplus.jsonl', createReadStream(new URL('jsonl/ecbplus_docs.jsonl', CORPORA))));
    expect(stream.filter((u) => 'record' in u)).toHaveLength(982);
  });

  it('streams 200,000 records (50 MB) without holding them, and rejects a 10 MB line among them', async () => {
    const LINES = 200_000;
    async function* export50MB(): AsyncGenerator<Uint8Array> {
      const encoder = new TextEncoder();
      let batch = '';
      for (let i = 1; i <= LINES; i++) {
        batch += `${JSON.stringify({ title: `Story ${i}`, date: '2024-01-01', body: `Paragraph one of story ${i}, long enough to be real. `.repeat(4) })}\n`;
        if (i === 1000) batch += `{"body": "${'x'.repeat(10 * 1024 * 1024)}"}\n`;
        if (batch.length > 64 * 1024) {
          yield encoder.encode(batch);
          batch = '';
        }
      }
      yield encoder.encode(batch);
    }
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    let records = 0;
    const errors: string[] = [];
    for await (const unit of expandInput('big.jsonl', export50MB())) {
      if ('record' in unit) records++;
      else if ('error' in unit) errors.push(`${unit.location.line}: ${unit.error}`);
      if (records % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    }
    expect(records).toBe(LINES);
    expect(errors).toEqual(['1001: record is longer than the 4 MiB limit for one article; skipped']);
    // Held records would take several hundred MB; a streaming parse stays within its buffers and garbage.
    expect(peak).toBeLessThan(100 * 1024 * 1024);
  });
});
