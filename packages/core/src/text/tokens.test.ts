import { describe, expect, it } from 'vitest';
import { isCapitalised, lowerCase, normalizeWord, tokenize } from './tokens.js';

const texts = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('keeps abbreviations, inner apostrophes, hyphens, decimals and ampersands inside words', () => {
    expect(texts('The U.S. said M&S’s Jong-un don’t grow 6.1%.')).toEqual(['The', 'U.S.', 'said', 'M&S’s', 'Jong-un', 'don’t', 'grow', '6.1', '%', '.']);
  });

  it('reads letters of any script and marks them as words, punctuation alone', () => {
    const tokens = tokenize('Erdoğan “Зеленський” café 🙂');
    expect(tokens.map((t) => [t.text, t.word])).toEqual([
      ['Erdoğan', true],
      ['“', false],
      ['Зеленський', true],
      ['”', false],
      ['café', true],
      ['🙂', false],
    ]);
  });

  it('gives offsets into the text, shifted by an offset', () => {
    const text = '  said\u00a0Lavrov.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize('Lavrov', 10)[0]).toMatchObject({ start: 10, end: 16 });
  });
});

describe('word helpers', () => {
  it('lowercases, normalises possessives and tells capitals', () => {
    expect(lowerCase('said')).toBe('said');
    expect(lowerCase('Ukraine’s')).toBe('ukraine’s');
    expect(normalizeWord('Lavrov’s')).toBe('lavrov');
    expect(isCapitalised('Élysée')).toBe(true);
    expect(isCapitalised('the')).toBe(false);
  });
});
