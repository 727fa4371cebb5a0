import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../formats/record.js';
import { ParseError } from './errors.js';
import { articleFromRecord } from './record.js';

const base: ArticleRecord = {
  published: 'Fri, 21 Jan 2022 14:05:00 GMT',
  title: 'Blinken and Lavrov meet in Geneva',
  blocks: [
    { type: 'paragraph', text: 'US Secretary of State Antony Blinken met Russian Foreign Minister Sergey Lavrov in Geneva on Friday.' },
    { type: 'subheading', text: 'What comes next' },
    { type: 'paragraph', text: 'Both sides agreed to keep talking.' },
  ],
  outlet: 'Example News',
  url: 'https://example.com/world/geneva-talks/?utm_source=rss#top',
  author: 'By Jane Doe',
  language: 'en-GB',
  credit: null,
  summaryOnly: false,
};

describe('articleFromRecord', () => {
  it('turns an export record into an article with its metadata', () => {
    const article = articleFromRecord(base, 'export.jsonl:3');
    expect(article).toMatchObject({
      date: '2022-01-21',
      title: 'Blinken and Lavrov meet in Geneva',
      titleInferred: false,
      outlet: 'Example News',
      url: 'https://example.com/world/geneva-talks',
      author: 'Jane Doe',
      language: 'en-GB',
      summaryOnly: false,
    });
    expect(article.blocks).toHaveLength(3);
    // The title's 6 words count, as a dateline file's title line does.
    expect(article.wordCount).toBe(16 + 3 + 6 + 6);
    expect(article.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives the same record the same id, and a changed text another', () => {
    expect(articleFromRecord(base, 'a').id).toBe(articleFromRecord({ ...base, url: null }, 'b').id);
    expect(articleFromRecord({ ...base, blocks: base.blocks.slice(1) }, 'a').id).not.toBe(articleFromRecord(base, 'a').id);
  });

  it("keeps Dateline's own export id and inferred title, so a round trip is exact", () => {
    const article = articleFromRecord({ ...base, id: '0123456789abcdef', titleInferred: true }, 'a');
    expect(article.id).toBe('0123456789abcdef');
    expect(article.titleInferred).toBe(true);
    expect(article.wordCount).toBe(16 + 3 + 6);
    // Anything else in an id field is someone else's id: the content decides.
    expect(articleFromRecord({ ...base, id: '42' }, 'a').id).not.toBe('42');
  });

  it('infers a title from the lead when the record has none', () => {
    const article = articleFromRecord({ ...base, title: '  ' }, 'a');
    expect(article.titleInferred).toBe(true);
    expect(article.title).toContain('Blinken');
  });

  it('refuses a record without a date or a body, naming where it was and why', () => {
    const refusal = (record: ArticleRecord) => {
      try {
        articleFromRecord(record, 'export.jsonl:7');
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const noDate = refusal({ ...base, published: null });
    expect(noDate).toBeInstanceOf(ParseError);
    expect((noDate as ParseError).message).toBe('export.jsonl:7: no publication date (map one with --map date=FIELD)');
    expect((refusal({ ...base, published: 'soon' }) as ParseError).reason).toBe('unreadable publication date "soon"');
    expect((refusal({ ...base, blocks: [{ type: 'paragraph', text: ' — ' }] }) as ParseError).reason).toMatch(/^empty body/);
  });

  it('drops metadata that is not what it claims to be', () => {
    const article = articleFromRecord({ ...base, url: 'javascript:alert(1)', language: 'English (UK)', outlet: '\u0000 ' }, 'a');
    expect(article).toMatchObject({ url: null, language: null, outlet: null });
  });
});
