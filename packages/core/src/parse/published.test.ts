import { describe, expect, it } from 'vitest';
import { publishedDay } from './published.js';

describe('publishedDay', () => {
  it('reads the forms exports and feeds use', () => {
    expect(publishedDay('2022-01-21')).toBe('2022-01-21');
    expect(publishedDay('2022-01-21T23:30:00-05:00')).toBe('2022-01-21');
    expect(publishedDay('2022-01-21 10:00:00')).toBe('2022-01-21');
    expect(publishedDay('Fri, 21 Jan 2022 10:00:00 GMT')).toBe('2022-01-21');
    expect(publishedDay('21 January 2022')).toBe('2022-01-21');
    expect(publishedDay('January 21, 2022')).toBe('2022-01-21');
    expect(publishedDay('Jan. 21 2022')).toBe('2022-01-21');
    expect(publishedDay('1642723200')).toBe('2022-01-21');
    expect(publishedDay(1642723200000)).toBe('2022-01-21');
  });

  it('keeps the day as written rather than moving it to UTC', () => {
    expect(publishedDay('Fri, 21 Jan 2022 23:30:00 -0500')).toBe('2022-01-21');
  });

  it('refuses what is no publication date', () => {
    for (const bad of ['', 'yesterday', '2022-02-30', '0001-01-01', '3022-01-01', 'Fri, 31 Feb 2022 10:00:00 GMT', null, undefined]) {
      expect(publishedDay(bad, new Date('2026-11-24'))).toBeNull();
    }
  });
});
