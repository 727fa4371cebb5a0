import { expect, it } from 'vitest';
import { articleHref, entityHref, hrefWith, quoteHref, storyHref } from './links';

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

it('percent-encodes an entity key into its page’s path', () => {
  expect(entityHref('person:antony blinken')).toBe('/entities/person%3Aantony%20blinken');
  expect(entityHref('organisation:at&t')).toBe('/entities/organisation%3Aat%26t');
});

it('links a quote at its place in its article', () => {
  expect(quoteHref('571798c17deb99e2', 8)).toBe('/articles/571798c17deb99e2#q-8');
});
