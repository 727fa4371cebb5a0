import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyOf, CORPORA } from './_fixtures.js';
import { FieldMapError, isCommonFieldName, parseFieldMap, recordFromFields } from './fields.js';
import type { ArticleRecord } from './record.js';

function record(row: Record<string, unknown>, map = {}): ArticleRecord {
  const result = recordFromFields(row, map);
  if ('error' in result) throw new Error(result.error);
  return result.record;
}

function firstLine(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`jsonl/${name}`, CORPORA), 'utf8').split('\n')[0] as string);
}

describe('recordFromFields', () => {
  it('reads the common field names, whatever their case and separators', () => {
    const r = record({
      PublishedAt: '2024-03-01T10:00:00Z',
      Headline: 'Rates held',
      story: 'The bank held rates.\n\nMarkets rose.',
      site_name: 'The Paper',
      link: 'https://example.com/a',
      byline: 'Jane Doe',
      LANG: 'en-GB',
      photo_credit: 'AP',
    });
    expect(r).toEqual({
      published: '2024-03-01T10:00:00Z',
      title: 'Rates held',
      blocks: [
        { type: 'paragraph', text: 'The bank held rates.' },
        { type: 'paragraph', text: 'Markets rose.' },
      ],
      outlet: 'The Paper',
      url: 'https://example.com/a',
      author: 'Jane Doe',
      language: 'en-GB',
      credit: 'AP',
      summaryOnly: false,
    });
  });

  it('prefers a filled column to an empty better-ranked one, and the better-ranked of two filled ones', () => {
    expect(bodyOf(record({ body: '', text: 'From text.' }))).toBe('From text.');
    expect(bodyOf(record({ content: 'From content.', body: 'From body.' }))).toBe('From body.');
  });

  it('reads nested outlets and author lists', () => {
    const r = record({ text: 'Body.', source: { id: 'x', name: 'Reuters' }, authors: ['A. One', { name: 'B. Two' }, 3] });
    expect(r.outlet).toBe('Reuters');
    expect(r.author).toBe('A. One, B. Two, 3');
  });

  it('turns epoch timestamps into ISO dates and leaves other dates as given', () => {
    expect(record({ text: 'Body.', timestamp: 1_700_000_000 }).published).toBe('2023-11-14T22:13:20.000Z');
    expect(record({ text: 'Body.', time: '1700000000000' }).published).toBe('2023-11-14T22:13:20.000Z');
    expect(record({ text: 'Body.', date: '26-FEB-1987 15:01:01.79' }).published).toBe('26-FEB-1987 15:01:01.79');
  });

  it('reads an HTML body as HTML', () => {
    expect(record({ content: '<p>One &amp; two.</p><h2>Next</h2><p>Three.</p>' }).blocks).toEqual([
      { type: 'paragraph', text: 'One & two.' },
      { type: 'subheading', text: 'Next' },
      { type: 'paragraph', text: 'Three.' },
    ]);
  });

  it('falls back to the summary and marks the record summaryOnly', () => {
    const r = record({ title: 'T', description: 'Only a teaser.' });
    expect(r.summaryOnly).toBe(true);
    expect(bodyOf(r)).toBe('Only a teaser.');
  });

  it('names what it looked for when there is no body', () => {
    expect(recordFromFields({ title: 'T' })).toEqual({ error: expect.stringMatching(/^no body: none of body, text, content.*use --map body=COLUMN$/) });
    expect(recordFromFields({ title: 'T', body: null })).toEqual({ error: 'no body: "body" has no text' });
    expect(recordFromFields({ story_text: 'x' }, { body: 'missing' })).toEqual({ error: expect.stringContaining('column "missing"') });
  });

  it('follows a field map, with dotted paths, ahead of the common names', () => {
    const row = { body: 'Not this.', story_text: 'This one.', meta: { Published: '2024-01-02' }, 'a.b': 'dotted key' };
    const r = record(row, parseFieldMap(['body=story_text', 'date=meta.published', 'title=a.b']));
    expect(bodyOf(r)).toBe('This one.');
    expect(r.published).toBe('2024-01-02');
    expect(r.title).toBe('dotted key');
  });

  it('never reads inherited properties through a mapped path', () => {
    expect(record({ text: 'Body.' }, { title: 'constructor.name', author: '__proto__' })).toMatchObject({ title: null, author: null });
  });

  it('reads the real exports', () => {
    const wcl = record(firstLine('newswcl50.jsonl'));
    expect(wcl).toMatchObject({ published: '2018-04-17', outlet: 'New York Times', url: expect.stringContaining('nytimes.com') });
    expect(wcl.blocks.length).toBeGreaterThan(5);

    const ecb = record(firstLine('ecbplus_docs.jsonl'));
    expect(ecb.blocks[0]?.text).toMatch(/^Perennial party girl Tara Reid/);

    const reuters = record(firstLine('reuters21578.jsonl'));
    expect(reuters).toMatchObject({ published: '1987-02-26T15:01:01', title: 'BAHIA COCOA REVIEW', outlet: 'Reuters' });
    expect(reuters.blocks[1]?.text).toBe('The dry period means the temporao will be late this year.');
  });
});

describe('parseFieldMap', () => {
  it('reads field=column options', () => {
    expect(parseFieldMap(['Body = story_text', 'date=meta.published'])).toEqual({ body: 'story_text', date: 'meta.published' });
  });

  it.each([
    ['body', /expected field=column/],
    ['color=x', /unknown field "color"; fields are date, title, body/],
    ['body=', /no column/],
    ['date=meta..published', /empty part/],
  ])('refuses %s', (spec, message) => {
    expect(() => parseFieldMap([spec])).toThrow(FieldMapError);
    expect(() => parseFieldMap([spec])).toThrow(message);
  });

  it('refuses one field mapped twice', () => {
    expect(() => parseFieldMap(['body=a', 'body=b'])).toThrow(/already mapped to "a"/);
  });
});

describe('isCommonFieldName', () => {
  it('knows the common names in any case', () => {
    expect(isCommonFieldName('Published_At')).toBe(true);
    expect(isCommonFieldName('event_id')).toBe(false);
  });
});
