import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from './calendar.js';
import type { Tense } from './tense.js';
import { findTriggers } from './triggers.js';
import { findWeekdayDates } from './weekdays.js';

/** [text, day] of each weekday date in `text`, for an article of `date` whose sentences are all in `tense`. */
const weekdays = (text: string, tense: Tense = 'past', date = '2022-01-21') =>
  findWeekdayDates(text, findTriggers(text).weekdays, parseDay(date), () => tense).map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(d.granularity).toBe('day');
    expect(d.to).toBe(d.from);
    return [d.text, formatDay(d.from)];
  });

describe('findWeekdayDates', () => {
  it('counts a bare weekday back in the past and forward in the future; the article’s own day is that day', () => {
    expect(weekdays('Blinken said on Friday that both sides are on a clear path.')).toEqual([['on Friday', '2022-01-21']]);
    expect(weekdays('Blinken, on Wednesday, warned Russia.')).toEqual([['on Wednesday', '2022-01-19']]);
    expect(weekdays('They will meet on Monday.', 'future')).toEqual([['on Monday', '2022-01-24']]);
    expect(weekdays('They will meet on Friday.', 'future')).toEqual([['on Friday', '2022-01-21']]);
    expect(weekdays('Talks on Thursday.', 'unknown', '2022-01-24')).toEqual([['on Thursday', '2022-01-27']]);
  });

  it('reads "last", "next" and "… this week" whatever the tense', () => {
    expect(weekdays('It came last Friday.', 'future')).toEqual([['last Friday', '2022-01-14']]);
    expect(weekdays('It comes next Friday.', 'past')).toEqual([['next Friday', '2022-01-28']]);
    expect(weekdays('The summits start on Thursday this week.', 'past', '2022-06-21')).toEqual([['on Thursday this week', '2022-06-23']]);
    expect(weekdays('It was Monday of last week.', 'future')).toEqual([['Monday of last week', '2022-01-10']]);
  });

  it('leaves out holidays, titles and habits', () => {
    expect(weekdays('Good Friday, Bloody Sunday and Super Tuesday; the Mail on Sunday and the Sunday Times; Friday prayers.')).toEqual([]);
    expect(weekdays('Shops close on Sundays, every Friday and the following Monday.')).toEqual([]);
    // guardian-0056, Friday 10 June 2022
    expect(weekdays('As is common in rural Finland, he spends his Friday evening in the car with his friends.', 'past', '2022-06-10')).toEqual([]);
    // nyt-0159, Sunday 24 July 2022
    expect(weekdays('On a recent Saturday morning, Yevhenia Botiyeva weeded the flower bed outside her apartment building.', 'past', '2022-07-24')).toEqual([]);
    expect(weekdays('Anyone who watched Monday’s meeting will know.', 'past', '2022-02-24')).toEqual([['Monday', '2022-02-21']]);
  });
});
