import { listArticles, searchArticles, type ArticleSummary } from '@dateline/core';
import { articleHref } from '$lib/links';
import { renderAtomFeed, type Feed, type FeedEntry } from '$lib/server/atom';
import { pickQuery, readListParams, readSearchParams } from '$lib/server/params';
import { getStore } from '$lib/server/store';
import type { RequestHandler } from './$types';

const FEED_SIZE = 50;
// Feeds start at the first page: a cursor in a feed URL would freeze it in the past.
const FEED_PAGE = { limit: FEED_SIZE, cursor: undefined };

type FeedResult = { ok: true; feed: Feed } | { ok: false; message: string };

/** Atom feed of the 50 newest articles, or with `?q=` of a search's best 50 (from/to narrow either); bad input is a 400 in plain text. */
export const GET: RequestHandler = async ({ url }) => {
  const result = pickQuery(url, ['q']).q ? await searchFeed(url) : await latestFeed(url);
  if (!result.ok) {
    return new Response(`${result.message}\n`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return new Response(renderAtomFeed(result.feed), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};

async function latestFeed(url: URL): Promise<FeedResult> {
  const parsed = readListParams(url, FEED_PAGE);
  if (!parsed.ok) return parsed;
  const { db } = await getStore();
  const page = await listArticles(db, parsed.params);
  const entries = page.items.map((article) => ({ ...entryOf(url, article), summary: article.excerpt }));
  return { ok: true, feed: feedOf(url, 'Dateline: latest articles', '/', entries) };
}

async function searchFeed(url: URL): Promise<FeedResult> {
  const parsed = readSearchParams(url, FEED_PAGE);
  if (!parsed.ok) return parsed;
  const { db } = await getStore();
  const page = await searchArticles(db, parsed.params);
  // The snippet is already HTML (escaped text plus <mark>); the feed escapes it once more as type="html" requires.
  const entries = page.results.map(({ article, snippet }) => ({ ...entryOf(url, article), summaryHtml: snippet }));
  const search = new URLSearchParams(pickQuery(url, ['q', 'from', 'to']));
  return { ok: true, feed: feedOf(url, `Dateline: search for “${parsed.params.q}”`, `/search?${search}`, entries) };
}

function feedOf(url: URL, title: string, pagePath: string, entries: FeedEntry[]): Feed {
  return { title, selfUrl: url.href, pageUrl: new URL(pagePath, url.origin).href, updated: '1970-01-01', entries };
}

function entryOf(url: URL, article: ArticleSummary): FeedEntry {
  const link = new URL(articleHref(article.id), url.origin).href;
  return { id: link, title: article.title, url: link, updated: article.date };
}
