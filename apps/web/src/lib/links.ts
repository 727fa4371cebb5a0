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
