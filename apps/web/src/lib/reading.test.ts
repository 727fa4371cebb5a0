import { expect, it } from 'vitest';
import { countOf, describeLength } from './reading';

it('gives the word count and a reading time of at least a minute', () => {
  expect(describeLength(1)).toBe('1 word · 1 min read');
  expect(describeLength(120)).toBe('120 words · 1 min read');
  expect(describeLength(1234)).toBe('1,234 words · 5 min read');
  expect(describeLength(0)).toBe('0 words');
});

it('counts with the noun in the singular for one only', () => {
  expect(countOf(1, 'source')).toBe('1 source');
  expect(countOf(2, 'source')).toBe('2 sources');
  expect(countOf(0, 'article')).toBe('0 articles');
  expect(countOf(1500, 'article')).toBe('1,500 articles');
});
