import { expect, it } from 'vitest';
import { describeLength } from './reading';

it('gives the word count and a reading time of at least a minute', () => {
  expect(describeLength(1)).toBe('1 word · 1 min read');
  expect(describeLength(120)).toBe('120 words · 1 min read');
  expect(describeLength(1234)).toBe('1,234 words · 5 min read');
  expect(describeLength(0)).toBe('0 words');
});
