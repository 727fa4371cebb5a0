/** One entry of an Atom feed; `summaryHtml` is markup to be shown as HTML, `summary` plain text. */
export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  /** YYYY-MM-DD or an RFC 3339 date-time. */
  updated: string;
  summary?: string;
  summaryHtml?: string;
}

/** An Atom feed: `selfUrl` is the feed's own absolute URL (also its id), `pageUrl` the page it mirrors. */
export interface Feed {
  title: string;
  selfUrl: string;
  pageUrl: string;
  /** Used when there are no entries; otherwise the newest entry's date. */
  updated: string;
  entries: FeedEntry[];
}

// Characters XML 1.0 does not allow at all, even escaped (https://www.w3.org/TR/xml/#charsets).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe for XML content and attribute values: markup characters escaped, characters XML forbids dropped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A YYYY-MM-DD date as the RFC 3339 date-time Atom requires (midnight UTC); date-times pass through. */
export function toAtomDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date;
}

/** The feed as an Atom 1.0 document (RFC 4287), every value escaped. */
export function renderAtomFeed(feed: Feed): string {
  const updated = feed.entries.map((entry) => toAtomDate(entry.updated)).sort().at(-1) ?? toAtomDate(feed.updated);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <id>${escapeXml(feed.selfUrl)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    '  <author><name>Dateline</name></author>',
    '  <generator>Dateline</generator>',
    ...feed.entries.map(renderEntry),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}

function renderEntry(entry: FeedEntry): string {
  const summary =
    entry.summaryHtml !== undefined
      ? `    <summary type="html">${escapeXml(entry.summaryHtml)}</summary>`
      : entry.summary !== undefined
        ? `    <summary type="text">${escapeXml(entry.summary)}</summary>`
        : undefined;
  return [
    '  <entry>',
    `    <title type="text">${escapeXml(entry.title)}</title>`,
    `    <id>${escapeXml(entry.id)}</id>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
    `    <updated>${escapeXml(toAtomDate(entry.updated))}</updated>`,
    `    <published>${escapeXml(toAtomDate(entry.updated))}</published>`,
    ...(summary ? [summary] : []),
    '  </entry>',
  ].join('\n');
}
