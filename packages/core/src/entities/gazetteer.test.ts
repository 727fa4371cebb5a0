import { describe, expect, it } from 'vitest';
import { lookupName } from './gazetteer.js';

describe('lookupName', () => {
  it('files every spelling of a country under its one name', () => {
    for (const spelling of ['US', 'U.S.', 'United States', 'USA', 'America']) {
      expect(lookupName(spelling)).toMatchObject({ kind: 'place', name: 'United States' });
    }
    expect(lookupName('Britain')?.name).toBe('United Kingdom');
    expect(lookupName('Kiev')?.name).toBe('Kyiv');
    expect(lookupName('Türkiye')?.name).toBe('Turkey');
  });

  it('knows international bodies, governments and outlets as organisations', () => {
    expect(lookupName('Nato')).toMatchObject({ kind: 'organisation', name: 'NATO' });
    expect(lookupName('U.N.')?.name).toBe('United Nations');
    expect(lookupName('Kremlin')?.kind).toBe('organisation');
    expect(lookupName('Reuters')?.kind).toBe('organisation');
  });

  it('matches spellings listed in capitals only when written in capitals', () => {
    expect(lookupName('WHO')?.name).toBe('World Health Organization');
    expect(lookupName('Who')).toBeUndefined();
    expect(lookupName('Us')).toBeUndefined();
  });

  it('reads "of the" names without "the" too, and all-capital headline words', () => {
    expect(lookupName('Democratic Republic of Congo')?.kind).toBe('place');
    expect(lookupName('WASHINGTON')?.name).toBe('Washington');
  });

  it('knows nothing of people', () => {
    expect(lookupName('Blinken')).toBeUndefined();
    expect(lookupName('Victoria')).toBeUndefined();
  });
});
