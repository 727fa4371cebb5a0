import type { TimelineEvent } from '@dateline/core';
import { describe, expect, it } from 'vitest';
import { groupEvents, splitAtExpression } from './timeline';

const event = (from: string, to: string, granularity: TimelineEvent['granularity'], sentenceIndex: number): TimelineEvent => ({
  from,
  to,
  granularity,
  sentenceIndex,
  blockIndex: 0,
  sentence: `Sentence ${sentenceIndex}.`,
  expression: 'Sentence',
  articleId: 'a1',
  articleTitle: 'Talks in Geneva',
  articleDate: '2022-01-21',
});

describe('groupEvents', () => {
  it('gathers consecutive events of one date span under its label, with a datetime where it is one', () => {
    const events = [
      event('2021-12-01', '2021-12-31', 'month', 4),
      event('2022-01-19', '2022-01-19', 'day', 13),
      event('2022-01-19', '2022-01-19', 'day', 14),
      event('2022-01-24', '2022-01-30', 'week', 2),
      event('2022-01-01', '2022-12-31', 'year', 7),
    ];
    expect(groupEvents(events).map((date) => [date.label, date.datetime, date.events.map((e) => e.sentenceIndex)])).toEqual([
      ['December 2021', '2021-12', [4]],
      ['Wednesday 19 January 2022', '2022-01-19', [13, 14]],
      ['24–30 January 2022', null, [2]],
      ['2022', '2022', [7]],
    ]);
  });

  it('gives no dates for no events', () => {
    expect(groupEvents([])).toEqual([]);
  });
});

describe('splitAtExpression', () => {
  it('cuts the sentence around the first occurrence of the date expression', () => {
    expect(splitAtExpression('On January 19, Blinken met Zelensky.', 'On January 19')).toEqual({
      before: '',
      expression: 'On January 19',
      after: ', Blinken met Zelensky.',
    });
  });

  it('is null when the expression is not in the sentence', () => {
    expect(splitAtExpression('Blinken met Zelensky.', 'next week')).toBeNull();
    expect(splitAtExpression('Blinken met Zelensky.', '')).toBeNull();
  });
});
