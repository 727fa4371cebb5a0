// Query parameters that track a click rather than name a page: the same article shared from a
// newsletter and from a feed must stay one article.
const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|smid|smtyp|_ga|igshid|ito|ns_\w+|at_\w+)$/i;
const MAX_URL_LENGTH = 2048;

/**
 * An article URL in the one form Dateline compares: http(s) only, lowercase host, https, no
 * default port, fragment, tracking parameters or trailing slash, remaining parameters sorted.
 * Null for anything that is not a web address (a URL is a second identity, so junk must not match).
 */
export function normalizeUrl(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text || text.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  // The same page is served over both; counting them apart would store it twice.
  url.protocol = 'https:';
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([name]) => !TRACKING.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.toString();
}
