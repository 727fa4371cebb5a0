import { XMLParser } from 'fast-xml-parser';
import type { Feed, FeedItem, FeedText } from './feed-item.js';
import { cleanLine } from './plain-text.js';

type Node = Record<string, unknown>;

// Elements that may repeat and are read as lists wherever they occur.
const LISTS = new Set(['item', 'entry', 'link', 'author', 'dc:creator', 'contributor']);
// Text-bearing elements kept as raw markup: their HTML may arrive escaped, in CDATA, or (Atom
// type="xhtml", sloppy RSS) as bare tags that would otherwise be parsed as feed structure.
const RAW = ['*.content:encoded', '*.description', '*.content', '*.summary'];

// External entities are never fetched and entities declared in a DTD may not refer to others; these
// caps stop a "billion laughs" built from many references to one large entity. They apply to DTD
// entities only (`appliesTo`, read by fast-xml-parser 5.12 though missing from its types), so a
// long feed full of &amp; is not refused.
const ENTITY_LIMITS = {
  enabled: true,
  maxEntityCount: 100,
  maxEntitySize: 10_000,
  maxTotalExpansions: 10_000,
  maxExpandedLength: 1_000_000,
  appliesTo: 'external',
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Titles such as "1984" must stay strings.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Numeric references (&#8217;) and HTML names (&nbsp;) that sloppy feeds use undeclared.
  htmlEntities: true,
  processEntities: ENTITY_LIMITS,
  // Feeds are shallow; deeper nesting is hostile and is refused rather than recursed into.
  maxNestedTags: 64,
  isArray: (name) => LISTS.has(name),
  stopNodes: RAW,
  // Atom is sometimes written with an explicit atom: prefix.
  transformTagName: (name) => (name.startsWith('atom:') ? name.slice(5) : name),
});

/** Reads an RSS 2.0/0.9x, RSS 1.0 (RDF) or Atom feed; throws an Error with the reason when the text is not one. */
export function readXmlFeed(text: string): Feed {
  const document = parser.parse(text) as Node;
  const rss = child(document, 'rss');
  if (rss) {
    const channel = child(rss, 'channel') ?? {};
    return rssFeed(channel, [...list(channel['item']), ...list(rss['item'])]);
  }
  const rdfKey = Object.keys(document).find((key) => /(?:^|:)RDF$/.test(key));
  const rdf = rdfKey !== undefined ? child(document, rdfKey) : undefined;
  if (rdf) {
    const channel = child(rdf, 'channel') ?? {};
    return rssFeed(channel, [...list(rdf['item']), ...list(channel['item'])]);
  }
  const atom = child(document, 'feed');
  if (atom) return atomFeed(atom);
  throw new Error('not an RSS, RDF or Atom feed: no <rss>, <rdf:RDF> or <feed> root element');
}

function rssFeed(channel: Node, items: unknown[]): Feed {
  return {
    title: textOf(channel['title']),
    language: line(channel['language']) ?? line(channel['dc:language']),
    items: items.map((item) => rssItem(asNode(item))),
  };
}

function rssItem(item: Node): FeedItem {
  return {
    title: textOf(item['title']),
    url: line(item['link']) ?? permalink(item['guid']) ?? href(item['link']),
    published: line(item['pubDate']) ?? line(item['dc:date']) ?? line(item['published']) ?? line(item['updated']),
    author: names(item['dc:creator']) ?? rssAuthor(item['author']),
    content: rawText(item['content:encoded'], 'html'),
    summary: rawText(item['description'], 'html'),
    language: line(item['dc:language']),
    credit: line(item['media:credit']),
  };
}

function atomFeed(feed: Node): Feed {
  return {
    title: atomText(feed['title']),
    language: line(feed['@_xml:lang']),
    items: list(feed['entry']).map((entry) => atomEntry(asNode(entry))),
  };
}

function atomEntry(entry: Node): FeedItem {
  return {
    title: atomText(entry['title']),
    url: href(entry['link']),
    published: line(entry['published']) ?? line(entry['updated']) ?? line(entry['dc:date']),
    author: names(entry['author']),
    content: atomRaw(entry['content']),
    summary: atomRaw(entry['summary']),
    language: line(entry['@_xml:lang']),
    credit: line(entry['media:credit']),
  };
}

/** The alternate link: `rel` absent or "alternate", else the first link with an href. */
function href(value: unknown): string | null {
  const links = list(value).filter((link): link is Node => isNode(link) && typeof link['@_href'] === 'string');
  const alternate = links.find((link) => link['@_rel'] === undefined || link['@_rel'] === 'alternate') ?? links[0];
  return alternate ? line(alternate['@_href']) : null;
}

function permalink(guid: unknown): string | null {
  if (isNode(guid) && guid['@_isPermaLink'] === 'false') return null;
  const value = line(guid);
  return value !== null && /^https?:\/\//i.test(value) ? value : null;
}

/** RSS `author` is an e-mail address, often "jane@example.com (Jane Doe)": keep the name when there is one. */
function rssAuthor(value: unknown): string | null {
  const author = line(value);
  return /^\S+@\S+\s+\((.+)\)$/.exec(author ?? '')?.[1] ?? author;
}

function names(value: unknown): string | null {
  const found = list(value)
    .map((person) => (isNode(person) && !('#text' in person) ? line(person['name']) : line(person)))
    .filter((name) => name !== null);
  return found.length > 0 ? found.join(', ') : null;
}

/** An Atom text construct parsed normally (titles): `type` says whether it is HTML. */
function atomText(value: unknown): FeedText | null {
  const text = plainText(value);
  if (text === null) return null;
  const type = isNode(value) ? value['@_type'] : undefined;
  return { kind: type === 'html' || type === 'xhtml' ? 'html' : 'text', value: text };
}

/** An Atom content or summary kept raw: xhtml is markup as is, html and text are escaped or in CDATA. */
function atomRaw(value: unknown): FeedText | null {
  const type = isNode(value) ? value['@_type'] : undefined;
  if (type === 'xhtml') {
    const markup = plainText(value);
    return markup === null ? null : { kind: 'html', value: markup };
  }
  return rawText(value, type === 'html' || type === 'text/html' ? 'html' : 'text');
}

/** Raw element content as text: CDATA sections taken verbatim, references decoded elsewhere. */
function rawText(value: unknown, kind: FeedText['kind']): FeedText | null {
  const raw = plainText(value);
  if (raw === null) return null;
  const decoded = decodeRaw(raw);
  return decoded.trim() === '' ? null : { kind, value: decoded };
}

const REFERENCE = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(lt|gt|amp|quot|apos));/gi;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeRaw(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[^]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : part.replace(REFERENCE, decodeReference)))
    .join('');
}

function decodeReference(match: string, decimal?: string, hex?: string, name?: string): string {
  if (name !== undefined) return PREDEFINED[name.toLowerCase()] ?? match;
  const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
}

function textOf(value: unknown): FeedText | null {
  const text = plainText(value);
  return text === null ? null : { kind: 'text', value: text };
}

function plainText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    for (const entry of value) {
      const text = plainText(entry);
      if (text !== null) return text;
    }
    return null;
  }
  if (isNode(value)) return plainText(value['#text']);
  return null;
}

function line(value: unknown): string | null {
  const text = plainText(value);
  return text === null ? null : cleanLine(text);
}

function child(node: Node, key: string): Node | undefined {
  const value = Object.hasOwn(node, key) ? node[key] : undefined;
  const first = Array.isArray(value) ? value[0] : value;
  return isNode(first) ? first : undefined;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function asNode(value: unknown): Node {
  return isNode(value) ? value : { '#text': value };
}

function isNode(value: unknown): value is Node {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
