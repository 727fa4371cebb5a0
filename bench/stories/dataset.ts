import { readFileSync } from 'node:fs';
import { toIsoDate } from './dates.js';

/** Which JSONL fields hold what. */
export interface Fields {
  id?: string;
  event: string;
  text: string;
  date?: string;
  title?: string;
}

/** An article with its true event. */
export interface LabelledArticle {
  id: string;
  event: string;
  date: string | null;
  title: string | null;
  text: string;
}

/** The articles of a JSONL file; lines without text or event are skipped, ids default to the line number. */
export function loadDataset(file: string | URL, fields: Fields): LabelledArticle[] {
  const articles: LabelledArticle[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, n) => {
    if (!line.trim()) return;
    const row = JSON.parse(line) as Record<string, unknown>;
    const text = stringOf(row[fields.text]);
    const event = row[fields.event];
    if (!text || event === undefined || event === null) return;
    articles.push({
      id: stringOf(row[fields.id ?? 'id']) ?? `line-${n + 1}`,
      event: String(event),
      date: fields.date ? toIsoDate(row[fields.date]) : null,
      title: fields.title ? stringOf(row[fields.title]) : null,
      text,
    });
  });
  return articles;
}

function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join('\n');
  if (typeof value === 'number') return String(value);
  return null;
}
