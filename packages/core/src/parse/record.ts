import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../formats/record.js';
import type { Block, ParsedArticle } from '../model.js';
import { countWords } from '../formats/plain-text.js';
import { MAX_ARTICLE_BYTES } from './dateline.js';
import { ParseError } from './errors.js';
import { publishedDay } from './published.js';
import { inferTitle } from './title.js';
import { normalizeUrl } from './url.js';

// Names and bylines longer than this are a whole paragraph pasted into the wrong column.
const MAX_FIELD_CHARS = 500;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;
const EXPORTED_ID = /^[0-9a-f]{16}$/;

/**
 * A record from an export, page or feed as an article, or a ParseError naming `where` and the field
 * at fault. Its id is Dateline's own (from its export) or a hash of its date, title and text, so
 * importing the same record again never stores it twice.
 */
export function articleFromRecord(record: ArticleRecord, where: string): ParsedArticle {
  const date = publishedDay(record.published);
  if (date === null) {
    throw new ParseError(where, null, record.published ? `unreadable publication date "${clip(record.published)}"` : 'no publication date (map one with --map date=FIELD)');
  }
  const blocks: Block[] = record.blocks.map((b) => ({ type: b.type, text: tidy(b.text) })).filter((b) => b.text !== '');
  const bodyWords = blocks.reduce((n, b) => n + countWords(b.text), 0);
  if (bodyWords === 0) throw new ParseError(where, null, 'empty body: no article text (map one with --map body=FIELD)');
  const size = blocks.reduce((n, b) => n + b.text.length, 0);
  if (size > MAX_ARTICLE_BYTES) throw new ParseError(where, null, `article text is larger than the ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB limit for one article`);

  const given = tidy(record.title ?? '');
  const titleInferred = record.titleInferred ?? given === '';
  const title = given === '' ? inferTitle(blocks) : given;
  // As for dateline text: a title of its own counts, one inferred from the lead repeats it.
  const wordCount = bodyWords + (titleInferred ? 0 : countWords(title));
  const id = record.id !== undefined && EXPORTED_ID.test(record.id) ? record.id : contentId(date, title, blocks);
  const language = tidy(record.language ?? '');
  return {
    id,
    date,
    title,
    titleInferred,
    blocks,
    credit: field(record.credit),
    wordCount,
    outlet: field(record.outlet),
    url: normalizeUrl(record.url),
    // Bylines often come as "By Jane Doe"; the page adds its own "By".
    author: field(record.author?.replace(/^\s*by\s+/i, '') ?? null),
    language: LANGUAGE_TAG.test(language) ? language : null,
    summaryOnly: record.summaryOnly,
  };
}

function contentId(date: string, title: string, blocks: Block[]): string {
  const hash = createHash('sha256').update(`${date}\n${title}`);
  for (const block of blocks) hash.update(`\n${block.type === 'subheading' ? '#' : ''}${block.text}`);
  return hash.digest('hex').slice(0, 16);
}

// Whitespace collapsed and control characters dropped: exports carry stray tabs and \u0000s.
function tidy(text: string): string {
  return text.replace(/[\x00-\x08\x0b\x0e-\x1f\x7f]/g, '').replace(/\s+/g, ' ').trim();
}

function field(value: string | null): string | null {
  const text = tidy(value ?? '');
  return text === '' ? null : text.length > MAX_FIELD_CHARS ? `${text.slice(0, MAX_FIELD_CHARS)}…` : text;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
