import { expect, it } from 'vitest';
import { articleHref, hrefWith } from './links';

it('adds only the query parameters that have a value, encoded', () => {
  expect(hrefWith('/', { from: '', to: undefined, cursor: null })).toBe('/');
  expect(hrefWith('/search', { q: 'a&b "c"', cursor: 'x' })).toBe('/search?q=a%26b+%22c%22&cursor=x');
});

it('encodes article ids into the path', () => {
  expect(articleHref('abc/def')).toBe('/articles/abc%2Fdef');
});
