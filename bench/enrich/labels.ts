import { readdirSync, readFileSync } from 'node:fs';
import { parseDateline } from '@dateline/core';

/** One labelled quote: its opening words (≤ 10) as printed, and who said it (null: unnamed). */
export interface LabelledQuote {
  text: string;
  speaker: string | null;
  kind: 'direct' | 'reported';
  citedSource?: string;
}

/** One labelled entity: canonical name, kind and every surface form the article uses. */
export interface LabelledEntity {
  name: string;
  kind: 'person' | 'place' | 'organisation';
  mentions: string[];
}

/** A labelled article: the labels, and the article parsed as Dateline imports it. */
export interface LabelledArticle {
  file: string;
  source: string;
  quotes: LabelledQuote[];
  entities: LabelledEntity[];
  article: ReturnType<typeof parseDateline>;
}

const LABELS = new URL('./labels/', import.meta.url);
/** ../shared, beside the checkout: label sources are relative to it. */
export const SHARED_ROOT = new URL('../../../shared/', import.meta.url);

/** Every labelled article; BBC files (headline line, no date) are read as dateline text of 2005-01-01. */
export function loadLabelledArticles(): LabelledArticle[] {
  return readdirSync(LABELS)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => {
      const labels = JSON.parse(readFileSync(new URL(file, LABELS), 'utf8')) as Omit<LabelledArticle, 'file' | 'article'>;
      let text = readFileSync(new URL(labels.source, SHARED_ROOT), 'utf8');
      if (!text.startsWith(' date ')) text = ` date 2005-01-01 ${text}`;
      return { ...labels, file, article: parseDateline(new TextEncoder().encode(text), labels.source) };
    });
}
