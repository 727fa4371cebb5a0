import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from './calendar.js';
import { dateOccurrence, directionFrom, monthOccurrence, newsWeek, weekdayOccurrence } from './occurrence.js';

const friday = parseDay('2022-01-21');
const day = (value: number | undefined) => (value === undefined ? undefined : formatDay(value));

describe('weekdayOccurrence', () => {
  it('counts a weekday back in the past, forward in the future, and the article day itself either way', () => {
    expect(day(weekdayOccurrence(5, friday, 'past'))).toBe('2022-01-21');
    expect(day(weekdayOccurrence(5, friday, 'future'))).toBe('2022-01-21');
    expect(day(weekdayOccurrence(3, friday, 'past'))).toBe('2022-01-19');
    expect(day(weekdayOccurrence(1, friday, 'future'))).toBe('2022-01-24');
  });

  it('excludes the article day for "last" and "next", and takes the closer day when the tense is unknown', () => {
    expect(day(weekdayOccurrence(5, friday, 'before'))).toBe('2022-01-14');
    expect(day(weekdayOccurrence(5, friday, 'after'))).toBe('2022-01-28');
    expect(day(weekdayOccurrence(3, friday, 'nearest'))).toBe('2022-01-19');
    expect(day(weekdayOccurrence(1, friday, 'nearest'))).toBe('2022-01-24');
  });
});

describe('dateOccurrence', () => {
  it('puts a month and day without a year in the year the tense points to', () => {
    expect(day(dateOccurrence(1, 19, friday, 'past'))).toBe('2022-01-19');
    expect(day(dateOccurrence(2, 24, friday, 'past'))).toBe('2021-02-24');
    expect(day(dateOccurrence(2, 24, friday, 'future'))).toBe('2022-02-24');
    expect(day(dateOccurrence(2, 24, friday, 'nearest'))).toBe('2022-02-24');
    expect(day(dateOccurrence(12, 30, friday, 'nearest'))).toBe('2021-12-30');
  });

  it('gives a week’s grace: the future may start just before the article, the past just after', () => {
    expect(day(dateOccurrence(5, 1, parseDay('2022-05-02'), 'future'))).toBe('2022-05-01');
    expect(day(dateOccurrence(4, 20, parseDay('2022-05-02'), 'future'))).toBe('2023-04-20');
    expect(day(dateOccurrence(1, 23, friday, 'past'))).toBe('2022-01-23');
    expect(day(dateOccurrence(2, 10, friday, 'past'))).toBe('2021-02-10');
  });

  it('only takes a year where the named weekday fits, and skips years without the day', () => {
    // "Tuesday, July 12" in an article of 27 July 2022: 12 July 2022 was a Tuesday.
    expect(day(dateOccurrence(7, 12, parseDay('2022-07-27'), 'nearest', 2))).toBe('2022-07-12');
    expect(day(dateOccurrence(7, 12, parseDay('2022-07-27'), 'nearest', 3))).toBe('2023-07-12');
    expect(dateOccurrence(7, 12, parseDay('2022-07-27'), 'nearest', 0)).toBeUndefined();
    expect(dateOccurrence(2, 29, parseDay('2022-03-10'), 'past')).toBeUndefined();
    expect(day(dateOccurrence(2, 29, parseDay('2024-03-10'), 'past'))).toBe('2024-02-29');
  });
});

describe('monthOccurrence', () => {
  it('takes the latest such month begun by the article date in the past, the next not over in the future', () => {
    const june = parseDay('2022-06-21');
    const month = (m: number, direction: Parameters<typeof monthOccurrence>[2]) => {
      const span = monthOccurrence(m, june, direction);
      return span && [formatDay(span.from), formatDay(span.to)];
    };
    expect(month(3, 'past')).toEqual(['2022-03-01', '2022-03-31']);
    expect(month(12, 'past')).toEqual(['2021-12-01', '2021-12-31']);
    expect(month(12, 'future')).toEqual(['2022-12-01', '2022-12-31']);
    expect(month(6, 'past')).toEqual(['2022-06-01', '2022-06-30']);
    expect(month(6, 'before')).toEqual(['2021-06-01', '2021-06-30']);
    expect(month(3, 'after')).toEqual(['2023-03-01', '2023-03-31']);
  });
});

describe('directionFrom', () => {
  it('follows the tense unless "since", "until", a wire dateline or a delivery month says otherwise', () => {
    expect(directionFrom('future', 'detained ', '')).toBe('future');
    expect(directionFrom('unknown', 'talks ', '')).toBe('nearest');
    expect(directionFrom('future', 'held since ', '')).toBe('past');
    expect(directionFrom('past', 'was extended until ', '')).toBe('nearest');
    expect(directionFrom('past', 'the regulator by early ', '')).toBe('nearest');
    expect(directionFrom('future', 'closed since mid-', '')).toBe('past');
    expect(directionFrom('future', 'LONDON, ', ' (Reuters) - Ukraine aims')).toBe('past');
    // guardian-0061: "On Euronext, wheat prices for delivery in September fell 6.4%".
    expect(directionFrom('past', 'prices for delivery in ', ' fell 6.4%')).toBe('future');
    expect(directionFrom('past', 'Brent crude for ', ' delivery rose')).toBe('future');
  });
});

describe('newsWeek', () => {
  it('runs Monday to Sunday, but a Sunday article’s last week is the one ending that day', () => {
    const week = (date: string, offset: number) => {
      const span = newsWeek(parseDay(date), offset);
      return [formatDay(span.from), formatDay(span.to)];
    };
    expect(week('2022-01-21', -1)).toEqual(['2022-01-10', '2022-01-16']);
    expect(week('2022-01-21', 1)).toEqual(['2022-01-24', '2022-01-30']);
    expect(week('2022-01-23', -1)).toEqual(['2022-01-17', '2022-01-23']);
    expect(week('2022-01-23', 0)).toEqual(['2022-01-17', '2022-01-23']);
    expect(week('2022-01-23', 1)).toEqual(['2022-01-24', '2022-01-30']);
  });
});
