import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from './calendar.js';
import { findRelativeDates } from './relative.js';
import { findTriggers } from './triggers.js';

/** [text, from, to, granularity] of each relative date in `text`, for an article of `date`. */
const relative = (text: string, date = '2022-01-21') =>
  findRelativeDates(text, findTriggers(text).anchors, parseDay(date)).map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    return [d.text, formatDay(d.from), formatDay(d.to), d.granularity];
  });

describe('findRelativeDates', () => {
  it('resolves days around the article date', () => {
    expect(relative('Lavrov said yesterday and again today that talks would resume tomorrow.')).toEqual([
      ['yesterday', '2022-01-20', '2022-01-20', 'day'],
      ['today', '2022-01-21', '2022-01-21', 'day'],
      ['tomorrow', '2022-01-22', '2022-01-22', 'day'],
    ]);
    expect(relative('Explosions have been heard this morning near Kyiv; last night was quiet.', '2022-02-24')).toEqual([
      ['this morning', '2022-02-24', '2022-02-24', 'day'],
      ['last night', '2022-02-23', '2022-02-23', 'day'],
    ]);
  });

  it('gives calendar weeks (Monday to Sunday), months and years as ranges', () => {
    expect(relative('Washington will respond next week, after talks last month; this year may be worse.')).toEqual([
      ['next week', '2022-01-24', '2022-01-30', 'week'],
      ['last month', '2021-12-01', '2021-12-31', 'month'],
      ['this year', '2022-01-01', '2022-12-31', 'year'],
    ]);
    expect(relative('Last week a senior Russian commander spoke.', '2022-04-25')).toEqual([['Last week', '2022-04-18', '2022-04-24', 'week']]);
    // guardian-0118, Sunday 5 June 2022: the rockets were promised on Wednesday 1 June.
    expect(relative('Putin told Rossiya state television that Russia would hit fresh targets in Ukraine if the US delivered the longer-range rockets that it had promised to Kyiv last week.', '2022-06-05')).toEqual([
      ['last week', '2022-05-30', '2022-06-05', 'week'],
    ]);
  });

  it('cuts "earlier this month" at the article date and starts "later this month" there', () => {
    expect(relative('The two Americans went missing earlier this month.', '2022-06-21')).toEqual([
      ['earlier this month', '2022-06-01', '2022-06-21', 'month'],
    ]);
    expect(relative('A new package is expected at the summit later this month.', '2022-06-16')).toEqual([
      ['later this month', '2022-06-16', '2022-06-30', 'month'],
    ]);
  });

  it('anchors "… ago" and years after a preposition', () => {
    expect(relative('The attack came three days ago, two weeks ago and 14 years ago.', '2022-04-04')).toEqual([
      ['three days ago', '2022-04-01', '2022-04-01', 'day'],
      ['two weeks ago', '2022-03-18', '2022-03-24', 'week'],
      ['14 years ago', '2008-01-01', '2008-12-31', 'year'],
    ]);
    expect(relative('Russia annexed Crimea in 2014 and has served since 2017, in early 2020.')).toEqual([
      ['in 2014', '2014-01-01', '2014-12-31', 'year'],
      ['since 2017', '2017-01-01', '2017-12-31', 'year'],
      ['in early 2020', '2020-01-01', '2020-12-31', 'year'],
    ]);
  });

  it('leaves out durations, numbers and titles that only look like dates', () => {
    expect(relative('Over the past 24 hours and the last week, for three days, the next year will tell.')).toEqual([]);
    expect(relative('Casualties rose in 2000-01 and in 2014% terms; output rose in 2,000 plants.')).toEqual([]);
    expect(relative('Speaking on BBC Radio 4’s Today programme, he cited Russia Today and USA Today.')).toEqual([]);
    expect(relative('Today in Focus podcast: Covid gets free rein')).toEqual([]);
    expect(relative('The 45-year-old said Jolast week was a name.')).toEqual([]);
  });
});
