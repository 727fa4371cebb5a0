import type { Block } from '../model.js';
import { htmlToBlocks } from './html/blocks.js';
import { blocksFromText, cleanLine } from './plain-text.js';
import type { ArticleRecord } from './record.js';

/** An article field that a column of an export can fill. */
export type RecordField = 'date' | 'title' | 'body' | 'summary' | 'outlet' | 'url' | 'author' | 'language' | 'credit';

/** Column (or dotted path into a JSON object) to read each field from, overriding the common names. */
export type FieldMap = Partial<Record<RecordField, string>>;

/** A `--map field=column` option that cannot be used. */
export class FieldMapError extends Error {
  override readonly name = 'FieldMapError';
}

// Common names in exports (news-please, NewsAPI, GDELT, scrapers, CMS dumps), best first, compared
// as lower-case letters and digits only, so publishedAt, published_at and PUBLISHED-AT all match.
const COMMON_NAMES: Record<RecordField, readonly string[]> = {
  date: [
    'date', 'published', 'published_at', 'publishedAt', 'pubDate', 'datePublished', 'date_published',
    'publication_date', 'publish_date', 'pub_date', 'date_publish', 'date_from_url', 'date_text', 'datetime',
    'date_time', 'time', 'timestamp', 'created_at', 'created', 'date_created', 'dateCreated',
  ],
  title: ['title', 'headline', 'name', 'heading', 'title_text'],
  body: [
    'body', 'text', 'content', 'article', 'maintext', 'main_text', 'story', 'full_text', 'article_text',
    'articleBody', 'body_text', 'content_text', 'content_html', 'body_html', 'html', 'sentences', 'paragraphs',
  ],
  summary: ['summary', 'description', 'abstract', 'excerpt', 'lead', 'lead_paragraph', 'teaser', 'dek', 'standfirst', 'snippet'],
  outlet: ['source', 'outlet', 'publisher', 'site', 'site_name', 'source_name', 'publication', 'newspaper', 'source_domain', 'domain'],
  url: ['url', 'link', 'href', 'canonical_url', 'canonical', 'permalink', 'web_url', 'article_url'],
  author: ['author', 'authors', 'byline', 'creator', 'writer', 'author_name', 'by'],
  language: ['language', 'lang', 'locale', 'language_code', 'lang_code'],
  credit: ['credit', 'image_credit', 'photo_credit', 'credits'],
};

const FIELDS = Object.keys(COMMON_NAMES) as RecordField[];
const MAX_NAME_CHARS = 40;

const normalize = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

// normalized name → the field it fills and its rank among that field's names
const BY_NAME = new Map<string, { field: RecordField; rank: number }>();
for (const field of FIELDS) {
  COMMON_NAMES[field].forEach((name, rank) => {
    if (!BY_NAME.has(normalize(name))) BY_NAME.set(normalize(name), { field, rank });
  });
}

// A body that holds these tags is HTML, even when its field is called "text".
const HTML_TAG = /<(?:p|div|br|h[1-6]|ul|ol|li|blockquote|article|section|span|a|strong|em|b|i|figure|img|table)[\s/>]/i;
// Plausible epoch timestamps: 2001-09-09 onwards in seconds, then milliseconds.
const EPOCH_SECONDS = [1e9, 1e11] as const;
const EPOCH_MILLISECONDS = [1e11, 1e14] as const;

/** True when a column name is one of the common names of some field; format detection uses it to recognise CSV headers. */
export function isCommonFieldName(name: string): boolean {
  return BY_NAME.has(normalize(name));
}

/**
 * The field map for `--map field=column` options, such as `body=story_text` or `date=meta.published`
 * (dotted paths reach into nested JSON objects); throws FieldMapError naming the bad option.
 */
export function parseFieldMap(specs: readonly string[]): FieldMap {
  const map: FieldMap = {};
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    if (eq === -1) throw new FieldMapError(`--map ${spec}: expected field=column, for example body=story_text`);
    const field = spec.slice(0, eq).trim().toLowerCase();
    const column = spec.slice(eq + 1).trim();
    if (!isRecordField(field)) {
      throw new FieldMapError(`--map ${spec}: unknown field "${field}"; fields are ${FIELDS.join(', ')}`);
    }
    if (column === '') throw new FieldMapError(`--map ${spec}: no column after "="`);
    if (column.split('.').some((part) => part === '')) {
      throw new FieldMapError(`--map ${spec}: "${column}" has an empty part between dots`);
    }
    if (map[field] !== undefined && map[field] !== column) {
      throw new FieldMapError(`--map ${spec}: ${field} is already mapped to "${map[field]}"`);
    }
    map[field] = column;
  }
  return map;
}

/**
 * An article record from one JSON object or CSV row, reading each field from its `map` column or
 * else the first common name present (case-insensitive); a row with no body but a summary is
 * summaryOnly, and a row with neither is an error naming what was looked for.
 */
export function recordFromFields(row: Readonly<Record<string, unknown>>, map: FieldMap = {}): { record: ArticleRecord } | { error: string } {
  const own = datelineExport(row);
  if (own) return { record: own };
  const found = findFields(row, map);
  let blocks = toBlocks(found.body?.value);
  let summaryOnly = false;
  if (blocks.length === 0) {
    blocks = toBlocks(found.summary?.value);
    summaryOnly = blocks.length > 0;
  }
  if (blocks.length === 0) return { error: missingBody(found.body?.name, map.body) };
  return {
    record: {
      published: toDate(found.date?.value),
      title: toLine(found.title?.value),
      blocks,
      outlet: toLine(found.outlet?.value),
      url: toLine(found.url?.value),
      author: toLine(found.author?.value),
      language: toLine(found.language?.value),
      credit: toLine(found.credit?.value),
      summaryOnly,
    },
  };
}

/**
 * Dateline's own JSONL export (id, date, title, titleInferred, blocks, …) read back exactly: its
 * blocks keep their subheadings and its id and inferred title are kept, so export → import →
 * export gives the same file. Anything else shaped differently is read as any export is.
 */
function datelineExport(row: Readonly<Record<string, unknown>>): ArticleRecord | undefined {
  const { id, date, title, titleInferred, blocks, summaryOnly } = row;
  if (typeof id !== 'string' || typeof date !== 'string' || typeof title !== 'string' || typeof titleInferred !== 'boolean') return undefined;
  if (!Array.isArray(blocks) || !blocks.every(isBlock)) return undefined;
  return {
    id,
    titleInferred,
    published: date,
    title: cleanLine(title),
    blocks: blocks.map((block) => ({ type: block.type, text: block.text })),
    outlet: toLine(row.outlet),
    url: toLine(row.url),
    author: toLine(row.author),
    language: toLine(row.language),
    credit: toLine(row.credit),
    summaryOnly: summaryOnly === true,
  };
}

function isBlock(value: unknown): value is Block {
  const block = value as Partial<Block> | null;
  return typeof block === 'object' && block !== null && (block.type === 'paragraph' || block.type === 'subheading') && typeof block.text === 'string';
}

type Found = Partial<Record<RecordField, { name: string; value: unknown }>>;

function findFields(row: Readonly<Record<string, unknown>>, map: FieldMap): Found {
  const found: Found = {};
  const scores: Partial<Record<RecordField, number>> = {};
  for (const [name, value] of Object.entries(row)) {
    // Longer names are none of ours: not normalizing them keeps an object of a million long keys cheap.
    if (name.length > MAX_NAME_CHARS) continue;
    const known = BY_NAME.get(normalize(name));
    if (!known || map[known.field] !== undefined) continue;
    // Any filled column beats an empty one; an empty one is kept only to name it in the error.
    const score = known.rank + (isEmpty(value) ? BY_NAME.size : 0);
    if ((scores[known.field] ?? Infinity) <= score) continue;
    scores[known.field] = score;
    found[known.field] = { name, value };
  }
  for (const field of FIELDS) {
    const path = map[field];
    if (path !== undefined) found[field] = { name: path, value: valueAt(row, path) };
  }
  return found;
}

function isRecordField(name: string): name is RecordField {
  return (FIELDS as string[]).includes(name);
}

/** The value at `path`: the whole path as one key first (CSV headers may hold dots), then key by key. */
function valueAt(row: Readonly<Record<string, unknown>>, path: string): unknown {
  if (Object.hasOwn(row, path)) return row[path];
  let value: unknown = row;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    const object = value as Record<string, unknown>;
    // Own keys only: "constructor" or "__proto__" must not reach Object.prototype.
    const key = Object.hasOwn(object, part) ? part : Object.keys(object).find((k) => k.toLowerCase() === part.toLowerCase());
    value = key === undefined ? undefined : object[key];
  }
  return value;
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

function toBlocks(value: unknown): Block[] {
  if (typeof value === 'string') return HTML_TAG.test(value) ? htmlToBlocks(value) : blocksFromText(value);
  if (Array.isArray(value)) return blocksFromText(value);
  return [];
}

/** One line of text from a string, number, list of names or `{ name }` object (nested source.name, author objects). */
function toLine(value: unknown): string | null {
  if (typeof value === 'string') return cleanLine(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(toLine).filter((part): part is string => part !== null);
    return parts.length > 0 ? parts.join(', ') : null;
  }
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const name = Object.hasOwn(object, 'name') ? object['name'] : undefined;
    return typeof name === 'string' ? cleanLine(name) : null;
  }
  return null;
}

/** A date as given, except that epoch numbers become ISO 8601 so the importer need not guess their unit. */
function toDate(value: unknown): string | null {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d{10,13}$/.test(value.trim()) ? Number(value) : NaN;
  const scale = number >= EPOCH_SECONDS[0] && number < EPOCH_SECONDS[1] ? 1000 : number >= EPOCH_MILLISECONDS[0] && number < EPOCH_MILLISECONDS[1] ? 1 : 0;
  if (scale !== 0) return new Date(number * scale).toISOString();
  return toLine(value);
}

function missingBody(name: string | undefined, mapped: string | undefined): string {
  if (mapped !== undefined) return `no body: column "${mapped}" (from --map body=${mapped}) is missing or empty`;
  if (name !== undefined) return `no body: "${name}" has no text`;
  const names = COMMON_NAMES.body.slice(0, 8).join(', ');
  return `no body: none of ${names}… found; use --map body=COLUMN`;
}
