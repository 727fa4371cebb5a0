import { Readability } from '@mozilla/readability';
import { ParseError } from '../../parse/errors.js';
import type { ArticleRecord } from '../record.js';
import { blocksOf } from './blocks.js';
import { boundMarkup, MAX_DEPTH_SUM, MAX_HTML_NODES } from './bounds.js';
import { decodeHtml } from './decode.js';
import { type DomDocument, type DomNode, parseDocument } from './dom.js';
import { clean, readPageMetadata } from './metadata.js';

/**
 * Fewest words of main text that make a page an article. Index pages, error pages and paywall
 * stubs leave Readability a caption or a cookie notice (under 15 words in the corpora); the
 * shortest real news briefs are 40+ words.
 */
export const MIN_ARTICLE_WORDS = 25;

// Some tag that only HTML has, anywhere in the text; without one it is plain text, JSON or CSV.
const HTML_TAG = /<(?:!doctype\s+html|html|head|body|title|meta|p|div|article|main|section|h[1-6]|br|span|a|table|ul|li)[\s>/]/i;
// The root element of an RSS, Atom or RDF feed, which belongs to the feed parser.
const FEED_ROOT = /^<(?:rss|feed|rdf:rdf)[\s>]/i;
// Feeds are recognised within this many characters: the prolog and a few comments.
const PROLOG_CHARS = 4096;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Extracts the main article of an HTML page: body blocks without navigation, ads and share bars,
 * and title, author, date, site, language and canonical URL from its markup. Throws ParseError for
 * pages that are too large, binary, not HTML, or have no readable main text.
 */
export function extractHtmlArticle(bytes: Uint8Array, file: string): ArticleRecord {
  const html = decodeHtml(bytes, file);
  if (isFeed(html)) throw new ParseError(file, null, 'an RSS or Atom feed, not an HTML page');
  if (!HTML_TAG.test(html)) throw new ParseError(file, null, 'not HTML: no HTML markup found');

  const markup = boundMarkup(html);
  if (markup.truncated) {
    throw new ParseError(file, null, `page too complex: more than ${MAX_HTML_NODES} elements and text nodes`);
  }
  if (markup.depthSum > MAX_DEPTH_SUM) {
    throw new ParseError(file, null, `page too complex: its elements nest ${markup.depthSum} levels in total, over the ${MAX_DEPTH_SUM} limit`);
  }
  const document = parseDocument(markup.html);
  // Read before Readability runs: it removes scripts (JSON-LD) and rewrites the tree.
  const metadata = readPageMetadata(document);
  const article = readArticle(document, file);
  if (!article?.content) throw new ParseError(file, null, 'no readable main text found on the page');

  const title = clean(article.title) ?? metadata.title;
  const blocks = blocksOf(article.content);
  // Readability keeps the headline when it sits inside the article container; the record holds it apart.
  if (title !== null && blocks[0]?.text === title) blocks.shift();
  const words = blocks.reduce((n, b) => n + (b.text.match(WORD)?.length ?? 0), 0);
  if (words < MIN_ARTICLE_WORDS) {
    throw new ParseError(file, null, `no readable main text: ${words} words found, an article has at least ${MIN_ARTICLE_WORDS}`);
  }

  return {
    published: clean(article.publishedTime) ?? metadata.published,
    title,
    blocks,
    outlet: clean(article.siteName) ?? metadata.outlet,
    url: metadata.url,
    author: clean(article.byline) ?? metadata.author,
    language: metadata.language,
    credit: null,
    summaryOnly: false,
  };
}

/** Whether the first element, after the XML prolog, comments and doctype, is a feed's root. */
function isFeed(html: string): boolean {
  // A loop, not one regex: a regex with a repeated group of comments backtracks exponentially.
  let i = 0;
  while (i < PROLOG_CHARS) {
    while (/\s/.test(html[i] ?? '')) i++;
    const [close, from] = html.startsWith('<!--', i) ? ['-->', i + 4] : /^<[?!]/.test(html.slice(i, i + 2)) ? ['>', i + 2] : [null, 0];
    if (close === null) break;
    const at = html.indexOf(close, from);
    if (at === -1) return false;
    i = at + close.length;
  }
  return FEED_ROOT.test(html.slice(i, i + 16));
}

/** Readability's result, with the article container as a DOM node rather than serialised HTML. */
function readArticle(document: DomDocument, file: string) {
  try {
    const reader = new Readability<DomNode>(document as never, {
      keepClasses: true, // blocksOf drops share, ad and newsletter blocks by their classes
      serializer: (node) => node as unknown as DomNode,
    });
    return reader.parse();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Readability expects a browser DOM; a page that trips it over linkedom is refused, not fatal.
    throw new ParseError(file, null, `could not extract the article: ${message.slice(0, 100)}`);
  }
}
