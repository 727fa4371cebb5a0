import { describe, expect, it } from 'vitest';
import { formatDay, formatMonth, formatSpan, groupByDay } from './dates';

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

describe('formatMonth', () => {
  it('writes a month, or the month of a day, in words', () => {
    expect(formatMonth('2022-01')).toBe('January 2022');
    expect(formatMonth('2021-12-31')).toBe('December 2021');
  });

  it('gives back what is not a month unchanged', () => {
    expect(formatMonth('2022-13')).toBe('2022-13');
    expect(formatMonth('soon')).toBe('soon');
  });
});

describe('formatSpan', () => {
  it('writes a span as precisely as it is known', () => {
    expect(formatSpan('2022-01-19', '2022-01-19', 'day')).toBe('Wednesday 19 January 2022');
    expect(formatSpan('2022-01-01', '2022-01-21', 'month')).toBe('January 2022');
    expect(formatSpan('2022-01-01', '2022-12-31', 'year')).toBe('2022');
  });

  it('writes a week’s days, naming the month and year once when they share them', () => {
    expect(formatSpan('2022-01-24', '2022-01-30', 'week')).toBe('24–30 January 2022');
    expect(formatSpan('2022-01-31', '2022-02-06', 'week')).toBe('31 January – 6 February 2022');
    expect(formatSpan('2021-12-27', '2022-01-02', 'week')).toBe('27 December 2021 – 2 January 2022');
  });

  it('writes a span over several months or years as a range', () => {
    expect(formatSpan('2021-12-01', '2022-01-31', 'month')).toBe('December 2021 – January 2022');
    expect(formatSpan('2020-01-01', '2021-12-31', 'year')).toBe('2020 – 2021');
  });
});
