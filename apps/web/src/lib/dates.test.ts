import { describe, expect, it } from 'vitest';
import { formatDay, groupByDay } from './dates';

describe('formatDay', () => {
  it('writes the weekday, day, month and year', () => {
    expect(formatDay('2022-01-21')).toBe('Friday 21 January 2022');
    expect(formatDay('2020-02-29')).toBe('Saturday 29 February 2020');
    expect(formatDay('1987-12-01')).toBe('Tuesday 1 December 1987');
  });

  it('gives back what is not a calendar date unchanged', () => {
    expect(formatDay('2021-02-29')).toBe('2021-02-29');
    expect(formatDay('yesterday')).toBe('yesterday');
  });
});

describe('groupByDay', () => {
  it('gathers consecutive items of one date under one labelled group, keeping order', () => {
    const items = [
      { id: 'c', date: '2022-01-22' },
      { id: 'b', date: '2022-01-21' },
      { id: 'a', date: '2022-01-21' },
    ];
    expect(groupByDay(items)).toEqual([
      { date: '2022-01-22', label: 'Saturday 22 January 2022', items: [items[0]] },
      { date: '2022-01-21', label: 'Friday 21 January 2022', items: [items[1], items[2]] },
    ]);
  });

  it('gives no groups for no items', () => {
    expect(groupByDay([])).toEqual([]);
  });
});
