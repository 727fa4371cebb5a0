import { describe, expect, it } from 'vitest';
import { entityKey, foldName } from './entity.js';

describe('foldName', () => {
  it('folds case, dots and apostrophes so spellings of one name compare equal', () => {
    expect(foldName('U.S.')).toBe('us');
    expect(foldName('US')).toBe('us');
    expect(foldName('King’s College London')).toBe('kings college london');
    expect(foldName('Marks & Spencer')).toBe('marks and spencer');
  });

  it('drops diacritics, also on letters that do not decompose', () => {
    expect(foldName('Erdoğan')).toBe('erdogan');
    expect(foldName('Élysée Palace')).toBe('elysee palace');
    expect(foldName('Wałęsa')).toBe('walesa');
    expect(foldName('Støre')).toBe('store');
  });

  it('makes hyphens and runs of space one space', () => {
    expect(foldName('Kim Jong-un')).toBe(foldName('Kim  Jong Un'));
    expect(foldName('  Rolls-Royce ')).toBe('rolls royce');
  });
});

describe('entityKey', () => {
  it('is the kind and the folded name', () => {
    expect(entityKey('person', 'Antony Blinken')).toBe('person:antony blinken');
    expect(entityKey('place', 'United States')).toBe('place:united states');
  });
});
