import type { DomDocument, DomElement } from './dom.js';

/** What a page says about itself in its markup, each field null when it says nothing usable. */
export interface PageMetadata {
  title: string | null;
  author: string | null;
  published: string | null;
  outlet: string | null;
  language: string | null;
  url: string | null;
}

// A metadata value longer than this is not a title or a name but a page pasted into an attribute.
const MAX_FIELD_CHARS = 1000;
// JSON-LD is walked without recursion and only this far, so a hostile graph costs little.
const MAX_JSON_LD_NODES = 10_000;
const ARTICLE_TYPE = /Article|BlogPosting|Report|LiveBlogPosting/;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]/g;

// Meta names that carry a publication date, most specific first.
const DATE_METAS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'parsely-pub-date', 'sailthru.date',
  'publish-date', 'publish_date', 'pubdate', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created',
  'dcterms.date', 'citation_publication_date', 'date',
];
const AUTHOR_METAS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'];

/** Reads title, author, date, site name, language and canonical URL from meta tags, JSON-LD, `<link>` and `<time>`. */
export function readPageMetadata(document: DomDocument): PageMetadata {
  const metas = readMetas(document);
  const ld = readJsonLd(document);
  const meta = (...keys: string[]) => keys.map((k) => metas.get(k)).find((v) => v !== undefined) ?? null;

  return {
    title: clean(ld.headline ?? meta('og:title', 'twitter:title', 'dc.title') ?? firstText(document, 'title')),
    author: clean(ld.author ?? (isUrl(meta(...AUTHOR_METAS)) ? null : meta(...AUTHOR_METAS))),
    published: clean(meta(...DATE_METAS) ?? ld.datePublished ?? timeDatetime(document)),
    outlet: clean(meta('og:site_name', 'application-name', 'twitter:site:name') ?? ld.publisher),
    language: languageOf(document, metas, ld.inLanguage),
    url: absoluteUrl(linkHref(document, 'canonical')) ?? absoluteUrl(meta('og:url', 'twitter:url')) ?? absoluteUrl(ld.url),
  };
}

/** Every meta tag's content by its lower-cased property, name, itemprop or http-equiv; the first of each wins. */
function readMetas(document: DomDocument): Map<string, string> {
  const metas = new Map<string, string>();
  for (const el of document.querySelectorAll('meta')) {
    const value = el.getAttribute('content');
    if (value === null || value.trim() === '') continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      // `property` may hold several space-separated names (RDFa).
      for (const key of (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !metas.has(key)) metas.set(key, value);
      }
    }
  }
  // Microdata puts dates on other elements too: <span itemprop="datePublished" content="…">.
  for (const el of document.querySelectorAll('[itemprop="datePublished"]')) {
    const value = el.getAttribute('content') ?? el.getAttribute('datetime');
    if (value && !metas.has('datepublished')) metas.set('datepublished', value);
  }
  return metas;
}

interface JsonLdArticle {
  headline?: string;
  author?: string;
  datePublished?: string;
  publisher?: string;
  inLanguage?: string;
  url?: string;
}

/** Fields of the first Article-typed JSON-LD object on the page; empty when there is none or it is malformed. */
function readJsonLd(document: DomDocument): JsonLdArticle {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').trim());
    } catch {
      continue; // sites often ship broken JSON-LD; the other sources still count
    }
    const article = findArticle(data);
    if (article) {
      return {
        headline: text(article.headline) ?? text(article.name),
        author: names(article.author),
        datePublished: text(article.datePublished) ?? text(article.dateCreated),
        publisher: names(article.publisher),
        inLanguage: text(article.inLanguage),
        url: text(article.url) ?? urlOf(article.mainEntityOfPage),
      };
    }
  }
  return {};
}

type JsonObject = Record<string, unknown>;

function findArticle(data: unknown): JsonObject | undefined {
  const queue: unknown[] = [data];
  for (let seen = 0; seen < queue.length && seen < MAX_JSON_LD_NODES; seen++) {
    const item = queue[seen];
    if (Array.isArray(item)) {
      queue.push(...item.slice(0, MAX_JSON_LD_NODES));
    } else if (isObject(item)) {
      const types = ([] as unknown[]).concat(item['@type']);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return item;
      if (item['@graph'] !== undefined) queue.push(item['@graph']);
    }
  }
  return undefined;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** "A and B" style names from a JSON-LD person or organisation, a list of them, or a plain string. */
function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value]).slice(0, 20);
  const found = list.map((v) => (isObject(v) ? text(v.name) : text(v))).filter((v): v is string => v !== undefined);
  return found.length > 0 ? found.join(', ') : undefined;
}

function urlOf(value: unknown): string | undefined {
  return isObject(value) ? text(value['@id']) ?? text(value.url) : text(value);
}

function firstText(document: DomDocument, selector: string): string | null {
  for (const el of document.querySelectorAll(selector)) return el.textContent;
  return null;
}

function linkHref(document: DomDocument, rel: string): string | null {
  for (const el of document.querySelectorAll('link')) {
    if ((el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes(rel)) return el.getAttribute('href');
  }
  return null;
}

/** The datetime of the first `<time>` marked as the publication date, else the first inside `<article>`. */
function timeDatetime(document: DomDocument): string | null {
  const marked = [...document.querySelectorAll('time[datetime]')].find(
    (el: DomElement) => el.hasAttribute('pubdate') || el.getAttribute('itemprop') === 'datePublished',
  );
  if (marked) return marked.getAttribute('datetime');
  for (const el of document.querySelectorAll('article time[datetime]')) return el.getAttribute('datetime');
  return null;
}

function languageOf(document: DomDocument, metas: Map<string, string>, ld: string | undefined): string | null {
  const root = document.documentElement;
  const candidates = [
    root?.getAttribute('lang'),
    root?.getAttribute('xml:lang'),
    metas.get('content-language')?.split(',')[0],
    metas.get('og:locale')?.replace('_', '-'),
    ld,
  ];
  for (const candidate of candidates) {
    const tag = candidate?.trim();
    if (tag && LANGUAGE_TAG.test(tag)) return tag;
  }
  return null;
}

/** The URL when it is absolute http(s); a relative canonical cannot be resolved without the page's address. */
function absoluteUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function isUrl(value: string | null): boolean {
  return value !== null && /^https?:\/\//i.test(value.trim());
}

/** Whitespace collapsed, controls removed, null when empty or absurdly long. */
export function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
  return text === '' || text.length > MAX_FIELD_CHARS ? null : text;
}
