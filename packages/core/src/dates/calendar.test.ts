import { describe, expect, it } from 'vitest';
import { dayOf, formatDay, monthSpan, parseDay, partsOf, weekSpan, weekdayOf, yearSpan } from './calendar.js';

const iso = (span: { from: number; to: number }) => [formatDay(span.from), formatDay(span.to)];

describe('calendar', () => {
  it('round-trips dates and agrees with Date across four centuries', () => {
    expect(formatDay(parseDay('2022-01-21'))).toBe('2022-01-21');
    for (let day = parseDay('1900-01-01'); day <= parseDay('2300-12-31'); day += 97) {
      const date = new Date(day * 86_400_000);
      expect(formatDay(day)).toBe(date.toISOString().slice(0, 10));
      expect(partsOf(day)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
      expect(weekdayOf(day)).toBe(date.getUTCDay());
    }
  });

  it('rejects strings that are not calendar dates, and days that do not exist', () => {
    for (const bad of ['2022-02-29', '2022-13-01', '2022-1-21', '21/01/2022', '']) expect(() => parseDay(bad)).toThrow(RangeError);
    expect(dayOf(2024, 2, 29)).toBe(parseDay('2024-02-29'));
    expect(dayOf(2022, 4, 31)).toBeUndefined();
  });

  it('gives Monday-to-Sunday weeks, calendar months rolling over the year, and calendar years', () => {
    const friday = parseDay('2022-01-21');
    expect(weekdayOf(friday)).toBe(5);
    expect(iso(weekSpan(friday))).toEqual(['2022-01-17', '2022-01-23']);
    expect(iso(weekSpan(parseDay('2022-01-23'), 1))).toEqual(['2022-01-24', '2022-01-30']);
    expect(iso(monthSpan(2022, 0))).toEqual(['2021-12-01', '2021-12-31']);
    expect(iso(monthSpan(2024, 2))).toEqual(['2024-02-01', '2024-02-29']);
    expect(iso(monthSpan(2022, 13))).toEqual(['2023-01-01', '2023-01-31']);
    expect(iso(yearSpan(2014))).toEqual(['2014-01-01', '2014-12-31']);
  });
});
