import type { ArticleEntity, EnrichedQuote } from '@dateline/core';
import { describe, expect, it } from 'vitest';
import { groupBySpeaker, quoteRuns, spansInBlock } from './quotes';

const TEXT = 'Blinken said that both sides are “on a clear path” today. Lavrov agreed.';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

// Asserted rather than typed: core's Quote is still gaining fields (continuation), which these functions do not read.
const quote = (fields: Partial<EnrichedQuote> & { text: string }): EnrichedQuote =>
  ({
    speaker: 'Blinken',
    speakerKey: 'person:antony blinken',
    speakerRole: null,
    citedSource: null,
    sentenceIndex: 0,
    lastSentenceIndex: 0,
    blockIndex: 0,
    ...at(fields.text),
    kind: 'direct',
    continuation: false,
    ...fields,
  }) as EnrichedQuote;

const blinken: ArticleEntity = { key: 'person:antony blinken', kind: 'person', name: 'Antony Blinken', mentions: [], roles: ['US Secretary of State'] };

describe('quoteRuns', () => {
  it('cuts the text into plain and quoted runs that join back into it', () => {
    const runs = quoteRuns(TEXT, [{ position: 0, ...at('on a clear path') }]);
    expect(runs).toEqual([
      { text: 'Blinken said that both sides are “', quote: null, anchors: [] },
      { text: 'on a clear path', quote: 0, anchors: [] },
      { text: '” today. Lavrov agreed.', quote: null, anchors: [] },
    ]);
  });

  it('makes the outermost quote the run and anchors the quotes inside it at its start', () => {
    const reported = { position: 0, ...at('both sides are “on a clear path”') };
    const direct = { position: 1, ...at('on a clear path') };
    const runs = quoteRuns(TEXT, [direct, reported]);
    expect(runs.map((run) => [run.text, run.quote, run.anchors])).toEqual([
      ['Blinken said that ', null, []],
      ['both sides are “on a clear path”', 0, [1]],
      [' today. Lavrov agreed.', null, []],
    ]);
  });

  it('anchors a quote that crosses the end of another inside the one it starts in', () => {
    const runs = quoteRuns(TEXT, [
      { position: 0, start: 0, end: 20 },
      { position: 1, start: 10, end: 30 },
    ]);
    expect(runs.map((run) => [run.quote, run.anchors])).toEqual([
      [0, [1]],
      [null, []],
    ]);
    expect(runs.map((run) => run.text).join('')).toBe(TEXT);
  });

  it('leaves out spans that do not fit the text, and gives one run for a text without quotes', () => {
    expect(quoteRuns('Short.', [{ position: 0, start: 2, end: 99 }, { position: 1, start: 3, end: 3 }, { position: 2, start: -1, end: 2 }])).toEqual([
      { text: 'Short.', quote: null, anchors: [] },
    ]);
    expect(quoteRuns('', [])).toEqual([{ text: '', quote: null, anchors: [] }]);
  });
});

describe('spansInBlock', () => {
  it('gives the spans of one block’s quotes with their numbers among all the article’s quotes', () => {
    const quotes = [quote({ text: 'on a clear path' }), quote({ text: 'x', blockIndex: 1, start: 0, end: 1 }), quote({ text: 'today' })];
    expect(spansInBlock(quotes, 0)).toEqual([
      { position: 0, ...at('on a clear path') },
      { position: 2, ...at('today') },
    ]);
    expect(spansInBlock(quotes, 1)).toEqual([{ position: 1, start: 0, end: 1 }]);
  });
});

describe('groupBySpeaker', () => {
  it('gathers quotes by speaker in order of first quote, named as their entity, with a role', () => {
    const quotes = [
      quote({ text: 'on a clear path' }),
      quote({ text: 'Lavrov agreed', speaker: 'Lavrov', speakerKey: null, kind: 'reported', citedSource: 'Sputnik' }),
      quote({ text: 'today' }),
    ];
    expect(groupBySpeaker({ quotes, entities: [blinken] })).toEqual([
      {
        key: 'person:antony blinken',
        entityKey: 'person:antony blinken',
        name: 'Antony Blinken',
        role: 'US Secretary of State',
        quotes: [
          { position: 0, text: 'on a clear path', kind: 'direct', citedSource: null },
          { position: 2, text: 'today', kind: 'direct', citedSource: null },
        ],
      },
      {
        key: 'as-written:Lavrov',
        entityKey: null,
        name: 'Lavrov',
        role: null,
        quotes: [{ position: 1, text: 'Lavrov agreed', kind: 'reported', citedSource: 'Sputnik' }],
      },
    ]);
  });

  it('shows a quote lying within another of the same speaker once, in the longer one', () => {
    const quotes = [
      quote({ text: 'both sides are “on a clear path”', kind: 'reported' }),
      quote({ text: 'on a clear path' }),
      quote({ text: 'on a clear path', speaker: 'Lavrov', speakerKey: 'person:sergey lavrov' }),
    ];
    const groups = groupBySpeaker({ quotes, entities: [blinken] });
    expect(groups.map((group) => [group.key, group.quotes.map((line) => line.position)])).toEqual([
      ['person:antony blinken', [0]],
      ['person:sergey lavrov', [2]],
    ]);
  });

  it('keeps the first of two quotes with the same span', () => {
    const quotes = [quote({ text: 'today' }), quote({ text: 'today', kind: 'reported' })];
    expect(groupBySpeaker({ quotes, entities: [] })[0]?.quotes.map((line) => line.position)).toEqual([0]);
  });

  it('gathers unattributed quotes, and gives a role once when it is the speaker’s name', () => {
    const quotes = [
      quote({ text: 'today', speaker: null, speakerKey: null }),
      quote({ text: 'on a clear path', speaker: 'US Secretary of State', speakerRole: 'US Secretary of State', speakerKey: null }),
    ];
    expect(groupBySpeaker({ quotes, entities: [] }).map((group) => [group.key, group.name, group.role])).toEqual([
      ['unnamed', null, null],
      ['as-written:US Secretary of State', 'US Secretary of State', null],
    ]);
  });
});
