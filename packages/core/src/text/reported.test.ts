import { describe, expect, it } from 'vitest';
import type { Block } from '../model.js';
import { extractQuotes, type Quote } from './quotes.js';

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ type: 'paragraph', text }));
const reported = (quotes: Quote[]) => quotes.filter((q) => q.kind === 'reported').map((q) => ({ text: q.text, speaker: q.speaker, citedSource: q.citedSource }));

describe('reported statements the attribution follows', () => {
  it('reads the clause before "…, X said" and "…, said X"', () => {
    expect(reported(extractQuotes(paragraphs('Russia must not be humiliated in Ukraine, Emmanuel Macron has said.')))).toEqual([
      { text: 'Russia must not be humiliated in Ukraine', speaker: 'Macron', citedSource: null },
    ]);
    expect(reported(extractQuotes(paragraphs('Russia is ready to discuss a prisoner swap, said its foreign minister, Sergei Lavrov.')))[0]).toMatchObject({
      text: 'Russia is ready to discuss a prisoner swap',
      speaker: 'Lavrov',
    });
  });

  it('keeps a clause the attribution interrupts whole, and skips a quotation it follows', () => {
    expect(reported(extractQuotes(paragraphs('The move, Mr. Sayers said, reflected the ascendancy of populist forces.')))[0]?.text).toBe(
      'The move, Mr. Sayers said, reflected the ascendancy of populist forces',
    );
    expect(reported(extractQuotes(paragraphs('“We are talking about mercenaries,” the Kremlin spokesperson, Dmitry Peskov, said.')))).toEqual([]);
  });

  it('credits an outlet speaking in its own voice, and gives nobody when it cites unnamed people', () => {
    expect(reported(extractQuotes(paragraphs('Neither side has been able to steal a march, the Reuters news agency reported.')))).toEqual([
      { text: 'Neither side has been able to steal a march', speaker: 'Reuters news agency', citedSource: 'Reuters' },
    ]);
    expect(reported(extractQuotes(paragraphs('The plan has been paused, Reuters reported, citing three people familiar with the matter.')))).toEqual([
      { text: 'The plan has been paused', speaker: null, citedSource: 'Reuters' },
    ]);
  });

  it('reads "according to X" opening or closing a sentence', () => {
    expect(reported(extractQuotes(paragraphs('According to Zherebenkov, Russia in 2020 proposed to exchange Whelan for Bout.')))[0]).toMatchObject({
      text: 'Russia in 2020 proposed to exchange Whelan for Bout',
      speaker: 'Zherebenkov',
    });
    expect(reported(extractQuotes(paragraphs('Russia has demolished 1,300 buildings in the city, according to Vadym Boichenko, mayor of Mariupol.')))[0]).toMatchObject({
      text: 'Russia has demolished 1,300 buildings in the city',
      speaker: 'Boichenko',
    });
  });
});
