import { describe, expect, it } from 'vitest';
import { headKind, shapeKind } from './name-kind.js';

const words = (text: string) => text.split(' ');

describe('headKind', () => {
  it('reads the head before "of" or "for", else the last word', () => {
    expect(headKind(words('Ministry of Defence'))).toBe('organisation');
    expect(headKind(words('Organisation for the Prohibition of Chemical Weapons'))).toBe('organisation');
    expect(headKind(words('Committee Against Torture'))).toBe('organisation');
    expect(headKind(words('Democratic Republic of Congo'))).toBe('place');
    expect(headKind(words('Belgorod Oblast'))).toBe('place');
    expect(headKind(words('New York Times'))).toBe('organisation');
  });

  it('says nothing of people or of a word alone', () => {
    expect(headKind(words('Antony Blinken'))).toBeUndefined();
    expect(headKind(['Police'])).toBeUndefined();
  });
});

describe('shapeKind', () => {
  it('takes acronyms, CamelCase and "&" for bodies, but not a word in capitals', () => {
    expect(shapeKind(['CNN'], 'CNN')).toEqual(['organisation', 'shape']);
    expect(shapeKind(['WhatsApp'], 'WhatsApp')).toEqual(['organisation', 'shape']);
    expect(shapeKind(['M', 'S'], 'M&S')).toEqual(['organisation', 'shape']);
    expect(shapeKind(['WASHINGTON'], 'WASHINGTON')).toEqual([undefined, 'none']);
  });

  it('takes a given name first for a person, and any other pair for one by default', () => {
    expect(shapeKind(words('Antony Blinken'), 'Antony Blinken')).toEqual(['person', 'shape']);
    expect(shapeKind(words('Saaudun Brahim'), 'Saaudun Brahim')).toEqual(['person', 'default']);
  });

  it('reads places from their form and bodies named after a known name', () => {
    expect(shapeKind(words('San Ysidro'), 'San Ysidro')).toEqual(['place', 'shape']);
    expect(shapeKind(words('Ealing North'), 'Ealing North')).toEqual(['place', 'shape']);
    expect(shapeKind(words('Soviet Ukraine'), 'Soviet Ukraine')).toEqual(['place', 'shape']);
    expect(shapeKind(words('Real Madrid'), 'Real Madrid')).toEqual(['organisation', 'shape']);
    expect(shapeKind(words('Guardian Business'), 'Guardian Business')).toEqual(['organisation', 'shape']);
  });

  it('says nothing of a plain word alone', () => {
    expect(shapeKind(['Blinken'], 'Blinken')).toEqual([undefined, 'none']);
  });
});
