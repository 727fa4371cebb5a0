import { describe, expect, it } from 'vitest';
import type { Block } from '../model.js';
import { citedSources } from './cited-sources.js';

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ type: 'paragraph', text }));

describe('citedSources', () => {
  it('lists the outlets an article credits, each with the sentences that credit it', () => {
    const blocks = paragraphs(
      'According to Sputnik, Blinken said the talks were useful. Lavrov told Reuters that the talks were “frank”.',
      'In an interview with the German news agency DPA on Friday, Scholz said: “It is absolutely necessary to speak to Putin.”',
      'As per Sputnik, Lavrov said that Russia does not threaten Ukraine. CNN and the New York Times have reported that a deal was offered.',
    );
    expect(citedSources(blocks)).toEqual([
      { name: 'Sputnik', sentences: [0, 3] },
      { name: 'Reuters', sentences: [1] },
      { name: 'DPA', sentences: [2] },
      { name: 'CNN', sentences: [4] },
      { name: 'New York Times', sentences: [4] },
    ]);
  });

  it('leaves out people, institutions and whom a speaker merely told', () => {
    const blocks = paragraphs(
      'According to Zherebenkov, Russia proposed a swap. Whelan lawyer Vladimir Zherebenkov said so.',
      'Mr. Biden also told Mr. Erdogan that he supported the sale. Kovalevsky told the court on Monday that Meta was extremist.',
    );
    expect(citedSources(blocks)).toEqual([]);
  });
});
