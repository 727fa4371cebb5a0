import { describe, expect, it } from 'vitest';
import type { Block } from '../model.js';
import { articleTimeline } from './timeline.js';

const paragraph = (text: string): Block => ({ type: 'paragraph', text });

describe('articleTimeline', () => {
  it('gives one entry per dated sentence, by its most specific date, in date order', () => {
    const blocks = [
      paragraph('Russia published its security demands last month. On Wednesday, Blinken met Zelensky in Kyiv.'),
      paragraph('Washington will answer next week, Lavrov said on Friday. Nothing else happened.'),
      paragraph('Russia annexed Crimea in 2014.'),
    ];
    expect(articleTimeline(blocks, '2022-01-21')).toEqual([
      { from: '2014-01-01', to: '2014-12-31', granularity: 'year', sentenceIndex: 4, blockIndex: 2, sentence: 'Russia annexed Crimea in 2014.', expression: 'in 2014' },
      { from: '2021-12-01', to: '2021-12-31', granularity: 'month', sentenceIndex: 0, blockIndex: 0, sentence: 'Russia published its security demands last month.', expression: 'last month' },
      { from: '2022-01-19', to: '2022-01-19', granularity: 'day', sentenceIndex: 1, blockIndex: 0, sentence: 'On Wednesday, Blinken met Zelensky in Kyiv.', expression: 'On Wednesday' },
      { from: '2022-01-21', to: '2022-01-21', granularity: 'day', sentenceIndex: 2, blockIndex: 1, sentence: 'Washington will answer next week, Lavrov said on Friday.', expression: 'on Friday' },
    ]);
  });

  it('keeps reading order among sentences of the same date, and the first of equally specific dates', () => {
    const blocks = [paragraph('Talks resumed on Friday. Lavrov spoke on Friday, and on Thursday. Blinken spoke today.')];
    expect(articleTimeline(blocks, '2022-01-21').map((e) => [e.sentenceIndex, e.expression, e.from])).toEqual([
      [0, 'on Friday', '2022-01-21'],
      [1, 'on Friday', '2022-01-21'],
      [2, 'today', '2022-01-21'],
    ]);
  });
});
