import { describe, expect, it } from 'vitest';
import { readArticle } from '../text/reading.js';
import { lowercaseUse } from './lowercase-use.js';
import { isNameLike, isNotName, isTitleCase } from './word-tests.js';

const blockOf = (text: string) => readArticle([{ type: 'paragraph', text }]).blocks[0]!;

describe('isTitleCase', () => {
  it('tells a title-case headline from a sentence full of names', () => {
    expect(isTitleCase(blockOf('Trump Says He Will Meet Kim Within Weeks'))).toBe(true);
    expect(isTitleCase(blockOf('CIA Director Mike Pompeo met with Kim Jong Un over Easter weekend.'))).toBe(false);
  });
});

describe('isNameLike', () => {
  it('refuses events, laws, ideologies and slogans', () => {
    expect(isNameLike(['World', 'War', 'Two'])).toBe(false);
    expect(isNameLike(['Gambling', 'Bill'])).toBe(false);
    expect(isNameLike(['Neoconservatism'])).toBe(false);
    expect(isNameLike(['NO', 'COLLUSION'])).toBe(false);
    expect(isNameLike(['Bill', 'Burns'])).toBe(true);
    expect(isNameLike(['WNBA'])).toBe(true);
  });
});

describe('isNotName', () => {
  it('knows calendar words, possessive too', () => {
    expect(isNotName('monday’s')).toBe(true);
    expect(isNotName('bst')).toBe(true);
    expect(isNotName('blinken')).toBe(false);
  });
});

describe('lowercaseUse', () => {
  it('finds a word written in lowercase as a whole word only', () => {
    const writes = lowercaseUse(readArticle([{ type: 'paragraph', text: 'Culture Secretary said culture matters; transport too.' }]));
    expect(writes('culture')).toBe(true);
    expect(writes('sport')).toBe(false);
    expect(writes('secretary')).toBe(false);
  });
});
