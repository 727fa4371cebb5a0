import type { ParsedArticle } from '../model.js';
import { searchVector } from '../search/analyze.js';
import type { articles } from './schema.js';

const EXCERPT_CHARS = 200;

/** An article as its row is written: the parsed article plus the text and vectors search reads. */
export type ArticleRow = Required<Omit<typeof articles.$inferInsert, 'importedAt'>>;

/** The columns a row fills, in the order of a COPY line. */
export const ROW_COLUMNS = ['id', 'date', 'title', 'title_inferred', 'blocks', 'credit', 'word_count', 'body', 'excerpt', 'search', 'outlet', 'url', 'author', 'language', 'summary_only'];

/** The row for a parsed article. Pure, so import workers can build rows beside the database thread. */
export function toRow(article: ParsedArticle): ArticleRow {
  const body = article.blocks.map((block) => block.text).join('\n\n');
  return {
    id: article.id,
    date: article.date,
    title: article.title,
    titleInferred: article.titleInferred,
    blocks: article.blocks,
    credit: article.credit,
    wordCount: article.wordCount,
    body,
    excerpt: excerptOf(article),
    search: searchVector(article.title, body),
    outlet: article.outlet ?? null,
    url: article.url ?? null,
    author: article.author ?? null,
    language: article.language ?? null,
    summaryOnly: article.summaryOnly ?? false,
  };
}

/** The row as one line of COPY's text format (with its newline), columns in ROW_COLUMNS order. */
export function toCopyLine(row: ArticleRow): string {
  return [
    copyField(row.id),
    row.date,
    copyField(row.title),
    row.titleInferred ? 't' : 'f',
    copyField(JSON.stringify(row.blocks)),
    nullableField(row.credit),
    String(row.wordCount),
    copyField(row.body),
    copyField(row.excerpt),
    row.search,
    nullableField(row.outlet),
    nullableField(row.url),
    nullableField(row.author),
    nullableField(row.language),
    row.summaryOnly ? 't' : 'f',
  ].join('\t') + '\n';
}

/** A value as one field of COPY's text format: backslash escapes for the separators (NULL is `\N`). */
export function copyField(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (char) => (char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r'));
}

/** A nullable value as one field of COPY's text format. */
export function nullableField(value: string | null): string {
  return value === null ? '\\N' : copyField(value);
}

function excerptOf(article: ParsedArticle): string {
  const lead = article.blocks.find((block) => block.type === 'paragraph')?.text ?? article.blocks[0]?.text ?? '';
  if (lead.length <= EXCERPT_CHARS) return lead;
  const cut = lead.lastIndexOf(' ', EXCERPT_CHARS);
  return `${lead.slice(0, cut > 0 ? cut : EXCERPT_CHARS).replace(/[\s,;:–—-]+$/u, '')}…`;
}
