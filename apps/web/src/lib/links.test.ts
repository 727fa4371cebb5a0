import { expect, it } from 'vitest';
import { articleHref, hrefWith, storyHref } from './links';

it('adds only the query parameters that have a value, encoded', () => {
  expect(hrefWith('/', { from: '', to: undefined, cursor: null })).toBe('/');
  expect(hrefWith('/search', { q: 'a&b "c"', cursor: 'x' })).toBe('/search?q=a%26b+%22c%22&cursor=x');
});

it('encodes article ids into the path', () => {
  expect(articleHref('abc/def')).toBe('/articles/abc%2Fdef');
});

it('links a story, and its "new since" view for an article', () => {
  expect(storyHref('571798c17deb99e2')).toBe('/stories/571798c17deb99e2');
  expect(storyHref('a/b', 'c d')).toBe('/stories/a%2Fb?since=c+d');
});
