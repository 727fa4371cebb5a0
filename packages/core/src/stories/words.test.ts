import { describe, expect, it } from 'vitest';
import { termOf } from './terms.js';
import { splitWords } from './words.js';

const lead =
  'Following talks with US Secretary of State Antony Blinken in Geneva, Russian Foreign Minister Sergey Lavrov ' +
  'on Friday said that Moscow hopes ‘emotions will decrease’ after ‘frank’ talks with Washington.';

describe('splitWords', () => {
  it('marks names by capitals mid-sentence, not at its start', () => {
    const words = splitWords(lead);
    const word = (text: string) => words.find((w) => w.text === text)!;
    expect(word('blinken').name).toBe(true);
    expect(word('geneva').name).toBe(true);
    expect(word('following').name).toBe(false);
    expect(word('talks').name).toBe(false);
    expect(word('us').acronym).toBe(true);
  });

  it('normalises possessives, inner dots and apostrophes, and keeps decimal numbers whole', () => {
    const words = splitWords('Lavrov’s U.S. counterpart said the 6.1 magnitude quake hit at 2am.');
    expect(words.map((w) => w.text)).toEqual(['lavrov', 'us', 'counterpart', 'said', 'the', '6.1', 'magnitude', 'quake', 'hit', 'at', '2am']);
    expect(words.find((w) => w.text === '6.1')!.number).toBe(true);
  });

  it('does not take a shouted headline for a row of acronyms', () => {
    const words = splitWords('SAN DIEGO LINEMAN ARRESTED ON SUSPICION OF DUI');
    expect(words.every((w) => !w.acronym && !w.name)).toBe(true);
    // So its stop words are dropped and its words stemmed like any others.
    expect(words.map(termOf).filter(Boolean)).toEqual(['san', 'diego', 'lineman', 'arrest', 'suspicion', 'dui']);
  });
});
