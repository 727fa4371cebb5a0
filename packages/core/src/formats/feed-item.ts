import type { Block } from '../model.js';
import { htmlToBlocks } from './html/blocks.js';
import { blocksFromText, cleanLine } from './plain-text.js';
import type { ArticleRecord } from './record.js';

/** A piece of item text and whether it is HTML or plain text. */
export interface FeedText {
  kind: 'html' | 'text';
  value: string;
}

/** One feed item as RSS, Atom and JSON Feed all describe it, before it becomes a record. */
export interface FeedItem {
  title: FeedText | null;
  url: string | null;
  published: string | null;
  author: string | null;
  /** The full text (content:encoded, Atom content, content_html/content_text). */
  content: FeedText | null;
  /** A description or summary, used when there is no content. */
  summary: FeedText | null;
  language: string | null;
  credit: string | null;
}

/** A parsed feed: the publication it comes from and its items in document order. */
export interface Feed {
  title: FeedText | null;
  language: string | null;
  items: FeedItem[];
}

const TAG = /<[a-z!/][^>]*>/i;

/** The record for one item, its content as blocks or else its summary (summaryOnly); an error when it has neither. */
export function recordFromItem(item: FeedItem, feed: Feed): { record: ArticleRecord } | { error: string } {
  let blocks = toBlocks(item.content);
  let summaryOnly = false;
  if (blocks.length === 0) {
    blocks = toBlocks(item.summary);
    summaryOnly = blocks.length > 0;
  }
  if (blocks.length === 0) return { error: 'item has no content, description or summary text' };
  return {
    record: {
      published: item.published,
      title: toLine(item.title),
      blocks,
      outlet: toLine(feed.title),
      url: item.url,
      author: item.author,
      language: item.language ?? feed.language,
      credit: item.credit,
      summaryOnly,
    },
  };
}

function toBlocks(text: FeedText | null): Block[] {
  if (!text) return [];
  return text.kind === 'html' ? htmlToBlocks(text.value) : blocksFromText(text.value);
}

/** A title as one line; HTML titles (Atom type="html", or markup left in RSS) lose their tags. */
function toLine(text: FeedText | null): string | null {
  if (!text) return null;
  if (text.kind === 'html' || TAG.test(text.value)) return cleanLine(htmlToBlocks(text.value).map((b) => b.text).join(' '));
  return cleanLine(text.value);
}
