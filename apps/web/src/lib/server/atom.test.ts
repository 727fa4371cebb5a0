import { describe, expect, it } from 'vitest';
import { atomElements, atomText, parseXml } from '../../testing/xml';
import { escapeXml, renderAtomFeed, toAtomDate, type Feed } from './atom';

const feed = (entries: Feed['entries']): Feed => ({
  title: 'Dateline: search for “a & b”',
  selfUrl: 'https://example.org/feed.xml?q=a+%26+b&from=2022-01-01',
  pageUrl: 'https://example.org/search?q=a+%26+b',
  updated: '1970-01-01',
  entries,
});

describe('escapeXml', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
    expect(escapeXml('bell\u0007 form\u000c ok\ttab\nline')).toBe('bell form ok\ttab\nline');
    expect(escapeXml('lone \uD800 surrogate, pair 😀')).toBe('lone  surrogate, pair 😀');
  });
});

describe('toAtomDate', () => {
  it('turns a day into midnight UTC and keeps date-times', () => {
    expect(toAtomDate('2022-01-21')).toBe('2022-01-21T00:00:00Z');
    expect(toAtomDate('2022-01-21T10:00:00.000Z')).toBe('2022-01-21T10:00:00.000Z');
  });
});

describe('renderAtomFeed', () => {
  const xml = renderAtomFeed(
    feed([
      {
        id: 'https://example.org/articles/1',
        url: 'https://example.org/articles/1',
        title: '<script>alert(1)</script> & more\u0000',
        updated: '2022-01-21',
        summaryHtml: 'Text with <mark>Geneva</mark> &amp; more',
      },
      { id: 'https://example.org/articles/2', url: 'https://example.org/articles/2', title: 'Second', updated: '2022-01-22', summary: 'a < b' },
    ]),
  );
  const doc = parseXml(xml);

  it('is well-formed Atom with the feed and its entries', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(doc.documentElement?.localName).toBe('feed');
    expect(atomElements(doc, 'entry')).toHaveLength(2);
    expect(atomText(doc, 'author')).toBe('Dateline');
  });

  it('keeps every value as text, escaped once', () => {
    const [first, second] = atomElements(doc, 'entry');
    expect(atomText(first!, 'title')).toBe('<script>alert(1)</script> & more');
    expect(xml).not.toContain('<script>');
    expect(atomText(first!, 'summary')).toBe('Text with <mark>Geneva</mark> &amp; more');
    expect(atomElements(first!, 'summary')[0]?.getAttribute('type')).toBe('html');
    expect(atomText(second!, 'summary')).toBe('a < b');
    expect(atomText(doc, 'title')).toBe('Dateline: search for “a & b”');
  });

  it('links absolutely and dates in RFC 3339, the feed updated at its newest entry', () => {
    const links = atomElements(doc, 'link').map((link) => link.getAttribute('href') ?? '');
    expect(links).toContain('https://example.org/feed.xml?q=a+%26+b&from=2022-01-01');
    for (const href of links) expect(href).toMatch(/^https:\/\/example\.org\//);
    expect(doc.documentElement && atomText(doc.documentElement, 'updated')).toBe('2022-01-22T00:00:00Z');
    expect(atomText(atomElements(doc, 'entry')[0]!, 'updated')).toBe('2022-01-21T00:00:00Z');
  });

  it('is still a valid feed with no entries', () => {
    const empty = parseXml(renderAtomFeed(feed([])));
    expect(atomElements(empty, 'entry')).toHaveLength(0);
    expect(atomText(empty, 'updated')).toBe('1970-01-01T00:00:00Z');
  });
});
