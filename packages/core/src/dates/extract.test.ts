import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block } from '../model.js';
import { parseDateline } from '../parse/dateline.js';
import { splitArticle } from '../text/sentences.js';
import { extractDates } from './extract.js';

const shared = new URL('../../../../../shared/', import.meta.url);
const article = (path: string) => parseDateline(readFileSync(new URL(path, shared)), path);
const paragraph = (text: string): Block => ({ type: 'paragraph', text });

/** [text, from, to] of each date in one paragraph, for an article of `date`. */
const dates = (text: string, date: string) => extractDates([paragraph(text)], date).map((m) => [m.text, m.from, m.to]);

describe('extractDates', () => {
  it('meets the acceptance examples in an article of Friday 21 January 2022', () => {
    const texts = [
      'Blinken said on Friday that both sides are on a clear path. Blinken, on Wednesday, warned Russia.',
      'On January 19, Blinken met Zelensky. Washington will respond next week.',
      'Russia published its proposals last month, in December 2021.',
    ];
    const at = (blockIndex: number, text: string) => {
      const start = texts[blockIndex]?.indexOf(text) ?? -1;
      return { text, blockIndex, start, end: start + text.length };
    };
    expect(extractDates(texts.map(paragraph), '2022-01-21')).toEqual([
      { ...at(0, 'on Friday'), sentenceIndex: 0, from: '2022-01-21', to: '2022-01-21', granularity: 'day' },
      { ...at(0, 'on Wednesday'), sentenceIndex: 1, from: '2022-01-19', to: '2022-01-19', granularity: 'day' },
      { ...at(1, 'On January 19'), sentenceIndex: 2, from: '2022-01-19', to: '2022-01-19', granularity: 'day' },
      { ...at(1, 'next week'), sentenceIndex: 3, from: '2022-01-24', to: '2022-01-30', granularity: 'week' },
      { ...at(2, 'last month'), sentenceIndex: 4, from: '2021-12-01', to: '2021-12-31', granularity: 'month' },
      { ...at(2, 'in December 2021'), sentenceIndex: 4, from: '2021-12-01', to: '2021-12-31', granularity: 'month' },
    ]);
  });

  it('dates the seeds (Friday 21 January 2022): Friday is that day, Wednesday two days before', () => {
    const first = article('seeds/000_c66e0426fc53bf12.txt');
    const second = article('seeds/001_c7a6c6fe8c268c71.txt');
    const found = (a: typeof first) => extractDates(a.blocks, a.date).map((m) => [m.text, m.from, m.to, m.granularity]);
    expect(found(first)).toEqual([
      ['on Friday', '2022-01-21', '2022-01-21', 'day'],
      ['earlier this month', '2022-01-01', '2022-01-21', 'month'],
      ['in December 2021', '2021-12-01', '2021-12-31', 'month'],
      ['next week', '2022-01-24', '2022-01-30', 'week'],
      ['next week', '2022-01-24', '2022-01-30', 'week'],
      ['next week', '2022-01-24', '2022-01-30', 'week'],
      ['today', '2022-01-21', '2022-01-21', 'day'],
    ]);
    expect(found(second)).toEqual([
      ['on Friday', '2022-01-21', '2022-01-21', 'day'],
      ['next week', '2022-01-24', '2022-01-30', 'week'],
      ['Last month', '2021-12-01', '2021-12-31', 'month'],
      ['earlier this month', '2022-01-01', '2022-01-21', 'month'],
      ['Friday', '2022-01-21', '2022-01-21', 'day'],
      ['today', '2022-01-21', '2022-01-21', 'day'],
      ['today', '2022-01-21', '2022-01-21', 'day'],
      ['on Wednesday', '2022-01-19', '2022-01-19', 'day'],
      ['On January 19', '2022-01-19', '2022-01-19', 'day'],
      ['this week', '2022-01-17', '2022-01-23', 'week'],
    ]);
  });

  it('places every mention by block, offsets and splitArticle’s sentence index', () => {
    for (const path of ['seeds/001_c7a6c6fe8c268c71.txt', 'corpora/dateline/russia-ukraine-guardian/guardian-0023.txt']) {
      const { blocks, date } = article(path);
      const sentences = splitArticle(blocks);
      const mentions = extractDates(blocks, date);
      expect(mentions.length).toBeGreaterThan(5);
      for (const m of mentions) {
        expect(blocks[m.blockIndex]?.text.slice(m.start, m.end)).toBe(m.text);
        const sentence = sentences[m.sentenceIndex];
        expect(sentence?.blockIndex).toBe(m.blockIndex);
        expect(m.start >= (sentence?.start ?? Infinity) && m.end <= (sentence?.end ?? -1)).toBe(true);
        expect(m.from <= m.to).toBe(true);
      }
      // Handing in the split gives the same answer.
      expect(extractDates(blocks, date, sentences)).toEqual(mentions);
    }
  });

  it('resolves Guardian sentences by their tense', () => {
    // guardian-0097, Thursday 19 May 2022
    expect(dates('Russia’s foreign ministry spokesperson, Maria Zakharova, said on Wednesday that more than 900 troops from Azovstal had been sent to a former prison colony.', '2022-05-19')).toEqual([['on Wednesday', '2022-05-18', '2022-05-18']]);
    // guardian-0104, Friday 10 June 2022
    expect(dates('The replacement for McDonald’s in Russia has unveiled its new logo, ahead of a grand reopening on Sunday.', '2022-06-10')).toEqual([['on Sunday', '2022-06-12', '2022-06-12']]);
    // guardian-0006, Thursday 28 July 2022
    expect(dates('The next hearing is planned for 2 August.', '2022-07-28')).toEqual([['2 August', '2022-08-02', '2022-08-02']]);
    // guardian-0007, 22 May 2022
    expect(dates('McCain died in August 2018 at the age of 81; Reid died last December, aged 82; and Hatch died on 23 April at 88.', '2022-05-22')).toEqual([
      ['in August 2018', '2018-08-01', '2018-08-31'],
      ['last December', '2021-12-01', '2021-12-31'],
      ['on 23 April', '2022-04-23', '2022-04-23'],
    ]);
    // guardian-0094, 27 July 2022: "due to" here is "because of", not a plan.
    expect(dates('Deliveries of Russian gas through the Yamal pipeline, which passes through Belarus and Poland, ceased in May due to sanctions.', '2022-07-27')).toEqual([['in May', '2022-05-01', '2022-05-31']]);
    // guardian-0033, 23 June 2022
    expect(dates('Germany’s plans to replenish its gas reserves face another obstacle next month, when the Nord Stream 1 pipeline is closed for its annual inspection on 11 July and will be unable to carry any gas.', '2022-06-23')).toEqual([
      ['next month', '2022-07-01', '2022-07-31'],
      ['on 11 July', '2022-07-11', '2022-07-11'],
    ]);
    // guardian-0121, Monday 6 June 2022: "would" is the future seen from the past, so the nearer Sunday.
    expect(dates('The fight to push Russian forces back received a boost on Sunday when the UK government said it would supply long-range rocket artillery to Ukraine, despite a threat on Sunday from Russia’s president.', '2022-06-06')).toEqual([
      ['on Sunday', '2022-06-05', '2022-06-05'],
      ['on Sunday', '2022-06-05', '2022-06-05'],
    ]);
    // guardian-0019, Monday 1 August 2022: the Odesa strike was on Saturday 23 July.
    expect(dates('But the world is watching to see if Russia sticks to its side of the bargain, after an attack on the port of Odesa a week ago.', '2022-08-01')).toEqual([['a week ago', '2022-07-22', '2022-07-28']]);
    // guardian-0061, 23 July 2022
    expect(dates('On Euronext, wheat prices for delivery in September fell 6.4% to $325.75 a ton.', '2022-07-23')).toEqual([['in September', '2022-09-01', '2022-09-30']]);
    // guardian-0185, 25 April 2022
    expect(dates('Antonov, who has served as ambassador to Washington since 2017, said an official diplomatic note had been sent.', '2022-04-25')).toEqual([['since 2017', '2017-01-01', '2017-12-31']]);
  });

  it('resolves New York Times sentences', () => {
    // nyt-0141, Tuesday 26 July 2022
    expect(dates('It would be the first since the signing of a deal last Friday to allow a resumption of Ukraine’s grain exports, which have been blocked since Russia’s invasion five months ago.', '2022-07-26')).toEqual([
      ['last Friday', '2022-07-22', '2022-07-22'],
      ['five months ago', '2022-02-01', '2022-02-28'],
    ]);
    // nyt-0177, 21 July 2022: "through" reaches either side of the article date.
    expect(dates('The gripping production, directed by Rupert Goold, runs through Aug. 20.', '2022-07-21')).toEqual([['Aug. 20', '2022-08-20', '2022-08-20']]);
    // nyt-0103, 11 July 2022
    expect(dates('So when Russian soldiers captured her on March 16 as she was evacuating a group from Mariupol, they knew exactly who she was.', '2022-07-11')).toEqual([['on March 16', '2022-03-16', '2022-03-16']]);
  });

  it('leaves a quoted tweet’s relative dates alone: they count from the day it was posted', () => {
    // guardian-0142, Tuesday 12 April 2022; the tweet's own date stays.
    expect(dates('Seen them all on the M50 today pic.twitter.com/pufC97xnzZ — Dave (@JustDave87) April 10, 2022', '2022-04-12')).toEqual([
      ['April 10, 2022', '2022-04-10', '2022-04-10'],
    ]);
  });

  it('keeps one date where expressions overlap, the one that starts first and reads longest', () => {
    // guardian-0146, Wednesday 13 July 2022: a weekday, a date and a week around one event.
    expect(dates('An Ukrainian serviceman of Khartia battalion rests after patrolling at the frontline near Kharkiv, Ukraine, on Tuesday, July 12.', '2022-07-13')).toEqual([
      ['on Tuesday, July 12', '2022-07-12', '2022-07-12'],
    ]);
    expect(dates('Russia said the talks were held on Friday last week.', '2022-01-21')).toEqual([['on Friday last week', '2022-01-14', '2022-01-14']]);
  });

  it('ignores times, ages, durations and numbers', () => {
    expect(dates('At 3pm the 45-year-old said that over the past 24 hours, for three days, 2,000 troops and No. 10 had moved.', '2022-04-26')).toEqual([]);
    expect(dates('Andryushchenko said that over the past 24 hours, there had been 35 airstrikes against the Azovstal plant.', '2022-04-26')).toEqual([]);
  });

  it('finds nothing in an article without dates, and rejects an article date that is not one', () => {
    expect(extractDates([paragraph('No dates here, just words.')], '2022-01-21')).toEqual([]);
    expect(() => extractDates([paragraph('on Friday')], '21 January 2022')).toThrow(RangeError);
  });
});
