import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesOf, CORPORA, gzip, makeTar, makeZip } from './_fixtures.js';
import { detectFormat } from './detect.js';

const detect = (name: string, head: string | Uint8Array) => detectFormat(name, bytesOf(head));

describe('detectFormat', () => {
  it('knows archives by their magic numbers, whatever the name', async () => {
    expect(detect('x.txt', gzip('a'))).toBe('gzip');
    expect(detect('x', makeZip({ a: 'b' }))).toBe('zip');
    expect(detect('x', makeZip({}))).toBe('zip');
    expect(detect('x.jsonl', await makeTar([{ name: 'a', data: 'b' }]))).toBe('tar');
  });

  it.each([
    ['rss', '\uFEFF<?xml version="1.0"?>\n<!-- generated -->\n<?xml-stylesheet href="s.xsl"?><rss version="2.0">'],
    ['atom', '<feed xmlns="http://www.w3.org/2005/Atom">'],
    ['prefixed atom', '<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">'],
    ['rdf', '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="…">'],
    ['a doctype with entities', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "b">]><rss>'],
  ])('sees a feed in %s', (_name, head) => {
    expect(detect('<stdin>', head)).toBe('feed');
  });

  it.each([
    ['html', '<!DOCTYPE html>\n<html lang="en">'],
    ['html', '  <html><head>'],
    ['html', '<!doctype html><!-- x --><script>'],
    ['jsonfeed', '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": "x"'],
    ['jsonl', '{"title": "A", "body": "B"}\n{"title"'],
    ['jsonl', '[\n  {"title": "A"}'],
    ['dateline', ' date 2022-01-21 Blinken and Lavrov met.'],
    ['dateline', '\n\ndate 2022-13-45 malformed, still dateline'],
    ['csv', 'title,date,body\nA,2024-01-01,B'],
    ['csv', '"Headline";"Text"\r\n"A";"B"'],
  ])('sees %s in %j', (format, head) => {
    expect(detect('<stdin>', head)).toBe(format);
  });

  it('falls back to the extension when the content does not say', () => {
    expect(detect('a.JSONL', 'garbage')).toBe('jsonl');
    expect(detect('a.ndjson', '')).toBe('jsonl');
    expect(detect('a.tsv', 'x\ty\n1\t2')).toBe('csv');
    expect(detect('a.csv', 'event_id,outlet\n1,x')).toBe('csv');
    expect(detect('notes.txt', 'Just some text')).toBe('dateline');
    expect(detect('a.htm', 'text')).toBe('html');
    expect(detect('a.atom', '')).toBe('feed');
    expect(detect('a.tgz', '')).toBe('gzip');
    expect(detect('a.tar', 'old v7 header')).toBe('tar');
    expect(detect('photo.jpg', '\xff\xd8\xff')).toBe('unknown');
    expect(detect('<stdin>', 'event_id,outlet\n1,x')).toBe('csv');
    expect(detect('<stdin>', 'event_id,code\n1,x')).toBe('unknown');
  });

  it('detects the real corpora', () => {
    const head = (path: string) => readFileSync(new URL(path, CORPORA)).subarray(0, 8192);
    expect(detectFormat('x', head('jsonl/newswcl50.jsonl'))).toBe('jsonl');
    expect(detectFormat('x', head('feeds/rss-parser-feeds/test/input/heise.atom'))).toBe('feed');
    expect(detectFormat('x', head('feeds/rss-parser-feeds/test/input/craigslist.rss'))).toBe('feed');
    expect(detectFormat('x', head('feeds/rss-parser-feeds/test/input/unrecognized.rss'))).toBe('html');
  });

  it('stays fast on hostile heads', () => {
    const started = Date.now();
    detect('x', `<!DOCTYPE [${']'.repeat(8000)}`);
    detect('x', `<!--${'-'.repeat(8000)}`);
    detect('x', `<?${'?'.repeat(8000)}`);
    expect(Date.now() - started).toBeLessThan(500);
  });
});
