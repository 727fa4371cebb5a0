import { error } from '@sveltejs/kit';
import {
  articleListParams,
  entitySearchParams,
  InvalidCursorError,
  quoteListParams,
  searchParams,
  storyListParams,
  type ArticleListParams,
  type EntitySearchParams,
  type QuoteListParams,
  type SearchParams,
  type StoryListParams,
} from '@dateline/core';

/** Parsed query-string input, or the message to show for a 400. */
export type ParamsResult<T> = { ok: true; params: T } | { ok: false; message: string };

const LABELS: Record<string, string> = {
  q: 'Search',
  from: 'From date',
  to: 'To date',
  cursor: 'Page',
  limit: 'Limit',
  speaker: 'Speaker',
  kind: 'Kind',
};

/** The named query parameters that have a non-blank value (an empty date box submits `from=`). */
export function pickQuery(url: URL, names: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = url.searchParams.get(name)?.trim();
    if (value) picked[name] = value;
  }
  return picked;
}

/** from/to/cursor for a list page, checked by core's schema; extra fields (e.g. limit) override the query. */
export function readListParams(url: URL, extra: Record<string, unknown> = {}): ParamsResult<ArticleListParams> {
  return toResult(articleListParams.safeParse({ ...pickQuery(url, ['from', 'to', 'cursor']), ...extra }));
}

/** from/to/cursor for the list of stories, checked by core's schema; extra fields override the query. */
export function readStoryListParams(url: URL, extra: Record<string, unknown> = {}): ParamsResult<StoryListParams> {
  return toResult(storyListParams.safeParse({ ...pickQuery(url, ['from', 'to', 'cursor']), ...extra }));
}

/** q/from/to/cursor for a search, checked by core's schema; extra fields (e.g. limit) override the query. */
export function readSearchParams(url: URL, extra: Record<string, unknown> = {}): ParamsResult<SearchParams> {
  return toResult(searchParams.safeParse({ ...pickQuery(url, ['q', 'from', 'to', 'cursor']), ...extra }));
}

/** speaker/q/cursor for the quotes index, checked by core's schema; extra fields override the query. */
export function readQuoteListParams(url: URL, extra: Record<string, unknown> = {}): ParamsResult<QuoteListParams> {
  // The quotes form calls its q field "Words": messages name the field the reader sees.
  return toResult(quoteListParams.safeParse({ ...pickQuery(url, ['speaker', 'q', 'cursor']), ...extra }), { q: 'Words' });
}

/** q/kind/cursor for the entities index, checked by core's schema; extra fields override the query. */
export function readEntitySearchParams(url: URL, extra: Record<string, unknown> = {}): ParamsResult<EntitySearchParams> {
  return toResult(entitySearchParams.safeParse({ ...pickQuery(url, ['q', 'kind', 'cursor']), ...extra }), { q: 'Name' });
}

type SafeParse<T> = { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };

function toResult<T>(parsed: SafeParse<T>, labels: Record<string, string> = {}): ParamsResult<T> {
  if (parsed.success) return { ok: true, params: parsed.data };
  const message = parsed.error.issues
    .map((issue) => {
      const name = String(issue.path[0] ?? '');
      const label = labels[name] ?? LABELS[name];
      return label ? `${label}: ${issue.message}` : issue.message;
    })
    .join('; ');
  return { ok: false, message };
}

/** Runs a paginated core query, turning core's InvalidCursorError into a 400 page. */
export async function withCursor<T>(query: () => Promise<T>): Promise<T> {
  try {
    return await query();
  } catch (err) {
    if (err instanceof InvalidCursorError) error(400, 'This page link is out of date or damaged: start again from the first page.');
    throw err;
  }
}
