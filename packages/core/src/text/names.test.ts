import { describe, expect, it } from 'vitest';
import { phraseEndingAt, phraseStartingAt } from './names.js';
import { nameContext, readArticle } from './reading.js';

/** The phrase ending at the last token before `before` in a one-paragraph text. */
function endingBefore(text: string, before: string) {
  const reading = readArticle([{ type: 'paragraph', text }]);
  const block = reading.blocks[0]!;
  const end = block.tokens.findIndex((t) => t.text === before) - 1;
  return phraseEndingAt(nameContext(reading, 0), end, 0);
}

describe('phraseEndingAt', () => {
  it('splits a title from a name and keeps the role as written', () => {
    expect(endingBefore('Russian Foreign Minister Sergey Lavrov said it.', 'said')).toMatchObject({ role: 'Russian Foreign Minister', name: ['Sergey', 'Lavrov'], organisation: false });
  });

  it('reads lowercase organisations by their head, and a name after its description', () => {
    expect(endingBefore('The British defence ministry said so.', 'said')).toMatchObject({ name: ['British', 'defence', 'ministry'], organisation: true });
    expect(endingBefore('Then the Russian gas firm said so.', 'said')).toMatchObject({ name: ['Russian', 'gas', 'firm'], organisation: true });
    expect(endingBefore('The Russian news agency Tass reported it.', 'reported')).toMatchObject({ name: ['Tass'], organisation: true });
    expect(endingBefore('It comes, according to the U.S. Department of Commerce figures.', 'figures')).toMatchObject({ name: ['U.S.', 'Department', 'of', 'Commerce'] });
  });

  it('drops sentence openers and days from names', () => {
    expect(endingBefore('Meanwhile Labour backbencher Stephen Pound labelled it.', 'labelled')).toMatchObject({ role: 'Labour backbencher', name: ['Stephen', 'Pound'] });
    expect(endingBefore('On Wednesday, he left.', ',')).toBeUndefined();
  });

  it('tells groups, indefinite people and a nationality before a noun from names', () => {
    expect(endingBefore('Western officials said so.', 'said')?.generic).toBe(true);
    expect(endingBefore('Then a senior official said so.', 'said')).toMatchObject({ role: 'senior official', indefinite: true });
    expect(endingBefore('A Ukrainian paramedic has been released.', 'paramedic')).toBeUndefined();
  });
});

describe('phraseStartingAt', () => {
  it('reads a phrase rightwards from a determiner', () => {
    const reading = readArticle([{ type: 'paragraph', text: 'said the Israeli prime minister, Naftali Bennett.' }]);
    expect(phraseStartingAt(nameContext(reading, 0), 1, 20)).toMatchObject({ role: 'Israeli prime minister', name: [] });
  });
});
