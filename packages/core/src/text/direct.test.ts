import { describe, expect, it } from 'vitest';
import type { Block } from '../model.js';
import { extractQuotes, type Quote } from './quotes.js';

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ type: 'paragraph', text }));
const direct = (quotes: Quote[], text: string) => quotes.find((q) => q.kind === 'direct' && q.text === text);

describe('direct quotes: whose words a quotation is', () => {
  it('marks the rest of a quotation its attribution interrupted as a continuation', () => {
    const quotes = extractQuotes(
      paragraphs('“Maybe it would be wrong, Hitler also had Jewish blood,” Lavrov said during an interview. “It doesn’t mean anything at all.”'),
    );
    expect(direct(quotes, 'It doesn’t mean anything at all.')).toMatchObject({ speaker: 'Lavrov', continuation: true });
    expect(quotes.find((q) => q.text.startsWith('Maybe it would be wrong'))?.continuation).toBe(false);
  });

  it('takes the attribution the sentence splitter cut off after a question mark', () => {
    const quotes = extractQuotes(paragraphs('“Who else is there to invite?” Mr. Malofeev asked.'));
    expect(direct(quotes, 'Who else is there to invite?')?.speaker).toBe('Malofeev');
  });

  it('gives a paragraph that is only a quotation to the speaker of the paragraph before', () => {
    const quotes = extractQuotes(
      paragraphs(
        'Zherebenkov said he believed that exchange this time would take place and was realistic.',
        '“Now I think a trade is realistic because the Russian side has always been for a trade.”',
      ),
    );
    expect(direct(quotes, 'Now I think a trade is realistic because the Russian side has always been for a trade.')?.speaker).toBe('Zherebenkov');
  });

  it('carries reported speech on to a quotation in the next sentence', () => {
    const quotes = extractQuotes(
      paragraphs('Müller said Germany had already started to make significant savings. Private households and industry consumed “five, six, seven per cent less gas” than usual.'),
    );
    expect(direct(quotes, 'five, six, seven per cent less gas')?.speaker).toBe('Müller');
  });

  it('gives the subject of a verb such as "hailed" or "accused" the words quoted after it', () => {
    const quotes = extractQuotes(
      paragraphs('Hard-left Labour Party leader Jeremy Corbyn accused May of bowing to "the whims of a U.S. President."'),
    );
    expect(direct(quotes, 'the whims of a U.S. President.')?.speaker).toBe('Corbyn');
  });

  it('reads "remarks by X" and "a statement from X, Y and Z" as theirs', () => {
    const remarks = extractQuotes(
      paragraphs('Israel demanded an apology over remarks by the Kremlin foreign minister, Sergei Lavrov, that Adolf Hitler “had Jewish blood”.'),
    );
    expect(direct(remarks, 'had Jewish blood')?.speaker).toBe('Lavrov');
    const statement = extractQuotes(
      paragraphs('“Former Director Comey never wrote that he felt obstructed,” read a joint statement from Chairman Bob Goodlatte, Chairman Trey Gowdy, and Chairman Devin Nunes.'),
    );
    expect(direct(statement, 'Former Director Comey never wrote that he felt obstructed,')?.speaker).toBe('Goodlatte, Gowdy and Nunes');
  });

  it('lets a plural role point back to the people named together', () => {
    const quotes = extractQuotes(
      paragraphs(
        '“We would be really happy if Brittney will be able to come home,” said the WNBA star’s lawyers, Maria Blagovolina and Alexander Boykov, in a statement.',
        '“The defence team is not participating in the swap discussions,” the lawyers added.',
      ),
    );
    expect(direct(quotes, 'We would be really happy if Brittney will be able to come home,')?.speaker).toBe('Blagovolina and Boykov');
    expect(direct(quotes, 'The defence team is not participating in the swap discussions,')?.speaker).toBe('Blagovolina and Boykov');
  });

  it('lets "it" point back to the organisation that spoke last', () => {
    const quotes = extractQuotes(
      paragraphs('DrKW said the cuts could indicate a longer term change at M&S. "Either way, this cannot be good news for M&S\' margin," it added.'),
    );
    expect(direct(quotes, "Either way, this cannot be good news for M&S' margin,")?.speaker).toBe('DrKW');
  });
});
