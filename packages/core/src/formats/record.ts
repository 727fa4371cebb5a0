import type { Block } from '../model.js';

/**
 * An article as an export, a web page or a feed gives it, before it becomes a ParsedArticle.
 * Every field but `blocks` may be missing from the input; the importer decides what a missing
 * date or title means, so parsers never invent one.
 */
export interface ArticleRecord {
  /** Publication date or timestamp as the input gives it (ISO 8601, RFC 822, …), or null. */
  published: string | null;
  title: string | null;
  /** Body text in reading order: paragraphs and subheadings. */
  blocks: Block[];
  /** Publisher or outlet ("The Guardian"), or null when unknown. */
  outlet: string | null;
  url: string | null;
  author: string | null;
  /** BCP 47 language tag as the input declares it ("en", "en-GB"), or null. */
  language: string | null;
  /** Photo credit, when the input names one. */
  credit: string | null;
  /** True when the input held only a summary or teaser (a feed item without full content). */
  summaryOnly: boolean;
  /** Dateline's own export carries the article's id; kept, so export → import → export is exact. */
  id?: string;
  /** Dateline's own export says whether its title was inferred from the lead. */
  titleInferred?: boolean;
}

/** Where one input sits: its file, the entry inside an archive, and the line or record number. */
export interface InputLocation {
  file: string;
  /** Path of the entry inside an archive, when the input came from one. */
  entry?: string;
  /** 1-based line in the file (JSONL, CSV, XML), when known. */
  line?: number;
  /** 1-based record number (CSV row, feed item), when the format counts records. */
  record?: number;
}

/** One record a parser produced, or why one input could not become a record. */
export type RecordResult =
  | { location: InputLocation; record: ArticleRecord }
  | { location: InputLocation; error: string };

/** "file.zip!a/b.jsonl:12" style text for reports. */
export function formatLocation(location: InputLocation): string {
  let text = location.file;
  if (location.entry !== undefined) text += `!${location.entry}`;
  if (location.line !== undefined) text += `:${location.line}`;
  else if (location.record !== undefined) text += `#${location.record}`;
  return text;
}
