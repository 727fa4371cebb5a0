import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block } from '../model.js';
import { parseDateline } from './dateline.js';
import { inferTitle } from './title.js';

const paragraph = (text: string): Block => ({ type: 'paragraph', text });
const titleOf = (lead: string) => inferTitle([paragraph(lead), paragraph('A second paragraph follows.')]);
const seed = (name: string) => readFileSync(new URL(`../../../../../shared/seeds/${name}`, import.meta.url));

describe('inferTitle on the seeds', () => {
  it('shortens seed 001 to who said what', () => {
    const { blocks } = parseDateline(seed('001_c7a6c6fe8c268c71.txt'));
    expect(inferTitle(blocks)).toBe('Russian Foreign Minister Sergey Lavrov said Moscow hopes ‘emotions will decrease’');
  });

  it('drops the "Despite …," clause and "on Friday" from seed 000', () => {
    const { blocks } = parseDateline(seed('000_c66e0426fc53bf12.txt'));
    expect(inferTitle(blocks)).toBe('US Secretary of State said both sides are "on a clear path to understanding"');
  });
});

describe('inferTitle rules', () => {
  it('uses the first sentence, without its full stop', () => {
    expect(titleOf('Russian forces shelled the city overnight. Officials said ten people died.')).toBe('Russian forces shelled the city overnight');
  });

  it('does not end the sentence at abbreviations or initials', () => {
    expect(titleOf('Mr. Smith, a U.S. Army officer, met Vladimir V. Putin in Washington. Then he left.')).toBe(
      'Mr. Smith, a U.S. Army officer, met Vladimir V. Putin in Washington',
    );
  });

  it('drops a leading clause when enough words remain', () => {
    expect(titleOf('Despite heavy rain, thousands of people marched through the capital.')).toBe('Thousands of people marched through the capital');
    expect(titleOf('However, following the Friday meeting, Blinken said there were no breakthroughs.')).toBe(
      'Blinken said there were no breakthroughs',
    );
    expect(titleOf('After the vote, he resigned.')).toBe('After the vote, he resigned');
  });

  it('keeps "At least …" as the subject', () => {
    expect(titleOf('At least 24 people have died in the attack.')).toBe('At least 24 people have died in the attack');
  });

  it('drops weekday phrases and the "that" after said', () => {
    expect(titleOf('The minister on Friday said that talks with the rebels had failed.')).toBe('The minister said talks with the rebels had failed');
    expect(titleOf('The Kremlin said Tuesday that the talks had stalled.')).toBe('The Kremlin said the talks had stalled');
  });

  it('drops a dateline and bracketed asides', () => {
    expect(titleOf('KYIV, Ukraine — Russian forces shelled the city overnight.')).toBe('Russian forces shelled the city overnight');
    expect(titleOf('WASHINGTON — The Senate (by a vote of 86 to 11) approved the aid package.')).toBe('The Senate approved the aid package');
  });

  it('cuts a long sentence at a clause boundary outside an aside', () => {
    const lead =
      'Russia has banned 29 members of the British media, including five Guardian journalists, from entering the country, its foreign ministry has said.';
    expect(titleOf(lead)).toBe('Russia has banned 29 members of the British media');
  });

  it('otherwise cuts after at most 12 words, not on a little word, and marks the cut', () => {
    const title = titleOf(
      'The head of the national grid warned households across the country to prepare for rolling blackouts lasting several hours every evening.',
    );
    expect(title).toBe('The head of the national grid warned households across the country…');
    expect(title.replace('…', '').split(' ').length).toBeLessThanOrEqual(12);
  });

  it('drops a quote mark left open by a cut, and keeps balanced ones', () => {
    const cut = titleOf('He said “the talks will continue for as long as it takes and then some more after that” before leaving.');
    expect(cut).toBe('He said the talks will continue for as long as it takes…');
    expect(titleOf('Blinken said the talks were “frank and useful.” More later.')).toBe('Blinken said the talks were “frank and useful”');
  });

  it('caps the length at 100 characters', () => {
    const title = titleOf(`${'Supercalifragilistic '.repeat(4)}words are long and ${'extraordinarily '.repeat(6)}so.`);
    expect(title.length).toBeLessThanOrEqual(100);
    expect(title.endsWith('…')).toBe(true);
    expect(inferTitle([paragraph('x'.repeat(300))])).toHaveLength(100);
  });

  it('capitalises the first letter', () => {
    expect(titleOf('the lower-case lead sentence is here.')).toBe('The lower-case lead sentence is here');
  });

  it('skips a greeting paragraph', () => {
    expect(inferTitle([paragraph('Good morning.'), paragraph('Austria’s chancellor is to meet Vladimir Putin on Monday.')])).toBe(
      'Austria’s chancellor is to meet Vladimir Putin',
    );
  });

  it('falls back to the first subheading, and to "" without any text', () => {
    expect(inferTitle([{ type: 'subheading', text: 'live updates' }])).toBe('Live updates');
    expect(inferTitle([paragraph('— *'), { type: 'subheading', text: 'Kyiv at night' }])).toBe('Kyiv at night');
    expect(inferTitle([])).toBe('');
  });
});
