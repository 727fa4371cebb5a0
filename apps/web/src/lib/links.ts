/** `path` with the given query parameters, leaving out empty ones: hrefWith('/', { cursor: 'x', from: '' }) → "/?cursor=x". */
export function hrefWith(path: string, query: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** The site path of an article. */
export function articleHref(id: string): string {
  return `/articles/${encodeURIComponent(id)}`;
}

/** The site path of a story; with `since`, its "new since you read" view for that article. */
export function storyHref(id: string, since?: string): string {
  return hrefWith(`/stories/${encodeURIComponent(id)}`, { since });
}

/** The site path of an entity's page: its key percent-encoded ("person:antony blinken" → /entities/person%3Aantony%20blinken). */
export function entityHref(key: string): string {
  return `/entities/${encodeURIComponent(key)}`;
}

/** The site path of a quote: its article, at the quote's place in the text. */
export function quoteHref(articleId: string, position: number): string {
  return `${articleHref(articleId)}#${quoteAnchor(position)}`;
}

/** The id of the element holding an article's quote number `position` (from 0, core's order). */
export function quoteAnchor(position: number): string {
  return `q-${position}`;
}
