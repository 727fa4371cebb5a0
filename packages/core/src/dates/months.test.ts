import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from './calendar.js';
import { createMonthDateParser, findMonthDates } from './months.js';
import type { Tense } from './tense.js';
import { findTriggers } from './triggers.js';

/** [text, from, to, granularity] of each month-name date in `text`, for an article of `date` whose sentences are all in `tense`. */
const months = (text: string, date = '2022-01-21', tense: Tense = 'past') =>
  findMonthDates(text, findTriggers(text).months, parseDay(date), () => tense).map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    return [d.text, formatDay(d.from), formatDay(d.to), d.granularity];
  });

describe('findMonthDates', () => {
  it('reads the written forms of a day, with or without a year', () => {
    expect(months('On January 19, Blinken met Zelensky.')).toEqual([['On January 19', '2022-01-19', '2022-01-19', 'day']]);
    expect(months('Russia invaded Ukraine on 24 February 2022.', '2022-07-01')).toEqual([['on 24 February 2022', '2022-02-24', '2022-02-24', 'day']]);
    expect(months('Since Russia invaded on Feb. 24, aid has grown.', '2022-06-21')).toEqual([['on Feb. 24', '2022-02-24', '2022-02-24', 'day']]);
    expect(months('The deal was signed on July 22, 2022.', '2022-07-26')).toEqual([['on July 22, 2022', '2022-07-22', '2022-07-22', 'day']]);
    expect(months('I hadn’t held a gun in my life until the 24th of February.', '2022-07-07')).toEqual([['24th of February', '2022-02-24', '2022-02-24', 'day']]);
  });

  it('picks the year of a day without one by tense, nearest the article date', () => {
    expect(months('It started on 24 February.', '2023-01-21', 'past')).toEqual([['on 24 February', '2022-02-24', '2022-02-24', 'day']]);
    expect(months('Yoon will be sworn in as president on 10 May.', '2022-03-10', 'future')).toEqual([['on 10 May', '2022-05-10', '2022-05-10', 'day']]);
    expect(months('The talks on 2 January.', '2021-12-30', 'unknown')).toEqual([['on 2 January', '2022-01-02', '2022-01-02', 'day']]);
  });

  it('takes the year from "last year", "this year" or "next year" after the date', () => {
    // guardian-0173, 29 April 2022
    expect(months('Fahie was involved in conspiracy to import at least 5kg of cocaine and money laundering from 16 October last year, court papers filed in Florida alleged.', '2022-04-29', 'future')).toEqual([
      ['from 16 October last year', '2021-10-16', '2021-10-16', 'day'],
    ]);
    // guardian-0056, 10 June 2022
    expect(months('Since 24 February this year, the reservist association in Vantaa has received more than 400 new members.', '2022-06-10')).toEqual([
      ['Since 24 February this year', '2022-02-24', '2022-02-24', 'day'],
    ]);
    expect(months('Reid died in December last year.', '2022-05-22', 'future')).toEqual([['in December last year', '2021-12-01', '2021-12-31', 'month']]);
  });

  it('checks a weekday against the date, and drops the date when they disagree', () => {
    expect(months('On Tuesday, July 12, the talks began.', '2022-07-27')).toEqual([['On Tuesday, July 12', '2022-07-12', '2022-07-12', 'day']]);
    expect(months('On Wednesday, July 12, 2022, the talks began.', '2022-07-27')).toEqual([]);
  });

  it('gives months, with or without a year, and ranges', () => {
    expect(months('Proposals were published in December 2021.')).toEqual([['in December 2021', '2021-12-01', '2021-12-31', 'month']]);
    expect(months('Reid died last December, aged 82.', '2022-05-22')).toEqual([['last December', '2021-12-01', '2021-12-31', 'month']]);
    expect(months('A ban will not be enforced until December.', '2022-06-21', 'future')).toEqual([['until December', '2022-12-01', '2022-12-31', 'month']]);
    expect(months('He has been detained since February.', '2022-07-14', 'future')).toEqual([['since February', '2022-02-01', '2022-02-28', 'month']]);
    expect(months('Kyiv’s forces pulled back at the end of March.', '2022-07-03')).toEqual([['March', '2022-03-01', '2022-03-31', 'month']]);
    expect(months('Drills will run from 30 August to 5 September.', '2022-07-27', 'future')).toEqual([
      ['from 30 August to 5 September', '2022-08-30', '2022-09-05', 'day'],
    ]);
    expect(months('Fighting raged from December to February.', '2022-03-10')).toEqual([['from December to February', '2021-12-01', '2022-02-28', 'month']]);
  });

  it('leaves out names, abbreviations alone and events of an unnamed year', () => {
    expect(months('Theresa May met Angela Merkel; April Ryan asked; they march on.')).toEqual([]);
    expect(months('Jan said the Mar-a-Lago raid was news.')).toEqual([]);
    expect(months('The Jan. 6 committee heard the September 11 attacks compared.', '2022-07-03')).toEqual([]);
  });

  it('builds its chrono parser from the parsers it expects', () => {
    expect(createMonthDateParser().parsers).toHaveLength(5);
  });
});
