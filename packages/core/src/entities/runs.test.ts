import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens.js';
import { nameEndIn, nameRunEnd } from './runs.js';

/** The run that starts at the first occurrence of `first` in one sentence of text. */
function runFrom(text: string, first: string): string {
  const tokens = tokenize(text);
  const start = tokens.findIndex((t) => t.text === first);
  const end = nameRunEnd({ tokens, sentenceOf: tokens.map(() => 0) }, start);
  return text.slice(tokens[start]!.start, tokens[end]!.end);
}

describe('nameRunEnd', () => {
  it('runs over capitalised words, initials and name particles', () => {
    expect(runFrom('said Michael D. Cohen on Friday', 'Michael')).toBe('Michael D. Cohen');
    expect(runFrom('met Ursula von der Leyen in Kyiv', 'Ursula')).toBe('Ursula von der Leyen');
    expect(runFrom('shares in Marks & Spencer fell', 'Marks')).toBe('Marks & Spencer');
  });

  it('crosses "of", "for" and "and" only where a head word asks for them', () => {
    expect(runFrom('the Ministry of Defence said', 'Ministry')).toBe('Ministry of Defence');
    expect(runFrom('the Centre for Strategic and International Studies in Washington', 'Centre')).toBe('Centre for Strategic and International Studies');
    expect(runFrom('the International Committee of the Red Cross', 'International')).toBe('International Committee of the Red Cross');
    expect(runFrom('Secretary of State Antony Blinken said', 'Secretary')).toBe('Secretary of State Antony Blinken');
    expect(runFrom('talks between Russia and Ukraine', 'Russia')).toBe('Russia');
    expect(runFrom('a photo of Putin', 'Putin')).toBe('Putin');
  });

  it('joins an owner into a name only before an organisation head', () => {
    expect(runFrom('at King’s College London today', 'King’s')).toBe('King’s College London');
    expect(runFrom('Griner’s Russian defence team', 'Griner’s')).toBe('Griner’s');
  });

  it('never runs into a day, and stops at a name made an adjective', () => {
    expect(runFrom('the Senate on Tuesday voted', 'Senate')).toBe('Senate');
    expect(runFrom('in the Kremlin-friendly Belarus', 'Kremlin-friendly')).toBe('Kremlin-friendly');
  });
});

describe('nameEndIn', () => {
  it('cuts a possessive and an adjective-making tail, not a name’s own hyphen', () => {
    const [owner, adjective, korean] = tokenize('Lavrov’s Russia-backed Jae-in');
    expect(nameEndIn(owner!)).toBe(owner!.end - 2);
    expect(nameEndIn(adjective!)).toBe(adjective!.start + 'Russia'.length);
    expect(nameEndIn(korean!)).toBe(korean!.end);
  });
});
