import type { Feed, FeedItem, FeedText } from './feed-item.js';
import { cleanLine } from './plain-text.js';

type Json = Record<string, unknown>;

/**
 * Reads a JSON Feed (https://jsonfeed.org/version/1.1, and 1.0's single `author`); throws an Error
 * with the reason when the text is not JSON or not a feed.
 */
export function readJsonFeed(text: string): Feed {
  const feed: unknown = JSON.parse(text);
  if (!isObject(feed) || typeof feed['version'] !== 'string' || !feed['version'].includes('jsonfeed.org/version/')) {
    throw new Error('not a JSON Feed: no "version": "https://jsonfeed.org/version/…"');
  }
  const items = feed['items'];
  if (!Array.isArray(items)) throw new Error('not a JSON Feed: "items" is not an array');
  return {
    title: plain(feed['title']),
    language: line(feed['language']),
    items: items.map((item) => (isObject(item) ? readItem(item) : emptyItem())),
  };
}

function readItem(item: Json): FeedItem {
  const html = item['content_html'];
  const text = item['content_text'];
  return {
    title: plain(item['title']),
    url: line(item['url']) ?? line(item['external_url']),
    published: line(item['date_published']) ?? line(item['date_modified']),
    author: authors(item['authors']) ?? authors(item['author']),
    content: typeof html === 'string' && html.trim() !== '' ? { kind: 'html', value: html } : plain(text),
    summary: plain(item['summary']),
    language: line(item['language']),
    credit: null,
  };
}

function emptyItem(): FeedItem {
  return { title: null, url: null, published: null, author: null, content: null, summary: null, language: null, credit: null };
}

/** Names from 1.1's `authors` array or 1.0's `author` object. */
function authors(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names = list.map((author) => (isObject(author) ? line(author['name']) : null)).filter((name) => name !== null);
  return names.length > 0 ? names.join(', ') : null;
}

function plain(value: unknown): FeedText | null {
  return typeof value === 'string' && value.trim() !== '' ? { kind: 'text', value } : null;
}

function line(value: unknown): string | null {
  return typeof value === 'string' ? cleanLine(value) : null;
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
