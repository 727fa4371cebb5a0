import { streamArticles } from './db/articles.js';
import type { Db } from './db/open.js';
import type { Article } from './model.js';

/** The exported form of an article: everything parsed, nothing store-specific. */
export function articleToJson(article: Omit<Article, 'enrichment'>): Omit<Article, 'importedAt' | 'storyId' | 'enrichment'> {
  const { id, date, title, titleInferred, outlet, url, author, language, summaryOnly, blocks, credit, wordCount } = article;
  return { id, date, title, titleInferred, outlet, url, author, language, summaryOnly, blocks, credit, wordCount };
}

/** Every article as JSON Lines, oldest first; each string ends in "\n". */
export async function* exportJsonl(db: Db): AsyncGenerator<string> {
  for await (const article of streamArticles(db)) yield `${JSON.stringify(articleToJson(article))}\n`;
}

const CSV_COLUMNS = ['id', 'date', 'title', 'title_inferred', 'outlet', 'url', 'author', 'language', 'summary_only', 'credit', 'word_count', 'body'] as const;

/** Every article as RFC 4180 CSV with a header row, oldest first; the body keeps blank lines between blocks. */
export async function* exportCsv(db: Db): AsyncGenerator<string> {
  yield `${CSV_COLUMNS.join(',')}\r\n`;
  for await (const article of streamArticles(db)) {
    const body = article.blocks.map((block) => block.text).join('\n\n');
    const { outlet, url, author, language } = article;
    const fields = [article.id, article.date, article.title, String(article.titleInferred), outlet ?? '', url ?? '', author ?? '', language ?? '', String(article.summaryOnly), article.credit ?? '', String(article.wordCount), body];
    yield `${fields.map(csvField).join(',')}\r\n`;
  }
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
