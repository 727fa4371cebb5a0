import { compareStory, parseDateline, type ParsedArticle, type Story, type StoryComparison } from '@dateline/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSeeds } from '../testing/seeds';
import {
  comparedSources,
  coverageLabel,
  diffParts,
  discrepancyItems,
  quotesBySpeaker,
  sourceColumns,
  statementGroupItems,
  statementLocator,
  type Source,
} from './comparison';

// The real comparison of the two seeds, as core computes it for their story page.
let seeds: ParsedArticle[];
let comparison: StoryComparison;
let sources: Source[];

beforeAll(async () => {
  seeds = (await readSeeds()).map((seed) => parseDateline(seed.bytes, seed.path));
  comparison = compareStory(seeds);
  const story: Story = {
    id: 'story',
    headline: 'Blinken and Lavrov meet in Geneva',
    firstDate: '2022-01-21',
    lastDate: '2022-01-21',
    articleCount: seeds.length,
    articles: seeds.map(({ blocks: _blocks, ...article }) => ({ ...article, outlet: null, summaryOnly: false, excerpt: '', storyId: 'story', duplicateOf: null })),
  };
  sources = comparedSources(story, comparison);
});

describe('comparedSources', () => {
  it('numbers the compared articles in story order, with their titles', () => {
    expect(sources.map((source) => [source.id, source.number, source.label])).toEqual([
      [comparison.articleIds[0], 1, 'Source 1'],
      [comparison.articleIds[1], 2, 'Source 2'],
    ]);
    for (const source of sources) expect(source.title).toBe(seeds.find((seed) => seed.id === source.id)?.title);
  });
});

describe('coverageLabel', () => {
  it('words how many sources carry a statement', () => {
    expect(coverageLabel('all', 2, 2)).toBe('In both sources');
    expect(coverageLabel('all', 4, 4)).toBe('In all 4 sources');
    expect(coverageLabel('several', 2, 3)).toBe('In 2 of 3 sources');
    expect(coverageLabel('one', 1, 3)).toBe('In one source only');
  });
});

describe('sourceColumns', () => {
  it('gives each source every statement of its own once, in reading order', () => {
    const columns = sourceColumns(comparison, sources);
    expect(columns.map((column) => column.source.id)).toEqual(comparison.articleIds);
    for (const column of columns) {
      const own = comparison.statements.flatMap((group) => group.statements).filter((s) => s.articleId === column.source.id);
      expect(column.statements.map((item) => item.statement.id).sort()).toEqual(own.map((s) => s.id).sort());
      const order = column.statements.map((item) => item.statement.sentenceIndex);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('pairs a shared statement with the other source’s wording, and leaves unique ones alone', () => {
    const items = sourceColumns(comparison, sources).flatMap((column) => column.statements.map((item) => ({ column, item })));
    const shared = items.filter(({ item }) => item.coverage === 'all');
    expect(shared.length).toBeGreaterThanOrEqual(2);
    for (const { column, item } of shared) {
      expect(item.label).toBe('In both sources');
      expect(item.counterparts).toHaveLength(1);
      expect(item.counterparts[0]?.source.id).not.toBe(column.source.id);
    }
    const lavrov = shared.find(({ item }) => item.statement.text.startsWith('Lavrov said that Russia has never threatened'));
    expect(lavrov?.item.counterparts[0]?.statement.text).toContain('Lavrov asserted that Russia has never threatened the Ukrainian people');
    for (const { item } of items.filter(({ item }) => item.coverage === 'one')) {
      expect(item.counterparts).toEqual([]);
      expect(item.label).toBe('In one source only');
    }
  });
});

describe('statementGroupItems', () => {
  it('gives groups their sources and coverage labels', () => {
    const [first] = statementGroupItems(comparison.statements.slice(0, 1), comparison, sources);
    expect(first?.statements[0]?.source.label).toBe('Source 1');
    expect(first?.label).toMatch(/^In /);
  });
});

describe('discrepancyItems', () => {
  it('gives the "clearer path" / "clear path" quotes with sources, sentences and a spaced diff', () => {
    // The seeds quote two people two ways: Blinken's "clear path" and Lavrov's "emotions".
    const items = discrepancyItems(comparison, sources, statementLocator(comparison));
    expect(items.map((i) => i.speaker).sort()).toEqual(['Blinken', 'Lavrov']);
    const item = items.find((i) => i.speaker === 'Blinken');
    expect(item?.a.wording.text).toContain('clearer path');
    expect(item?.b.wording.text).toContain('clear path');
    expect([item?.a.source.label, item?.b.source.label]).toEqual(['Source 1', 'Source 2']);
    const sentence = (id: string | null | undefined) => comparison.statements.flatMap((g) => g.statements).find((s) => s.id === id)?.text;
    expect(sentence(item?.a.statementId)).toContain('on a ‘clearer path’ to understanding');
    expect(sentence(item?.b.statementId)).toContain('"on a clear path to understanding"');
    expect(item?.diff).toEqual([
      { text: 'on a ', change: null },
      { text: 'clearer', change: 'removed' },
      { text: ' ', change: null },
      { text: 'clear', change: 'added' },
      { text: ' path to understanding', change: null },
    ]);
  });
});

describe('diffParts', () => {
  it('adds no space where the words already have one', () => {
    expect(diffParts([{ value: 'a ', removed: true }, { value: 'b', added: true }, { value: ' c' }])).toEqual([
      { text: 'a ', change: 'removed' },
      { text: 'b', change: 'added' },
      { text: ' c', change: null },
    ]);
  });
});

describe('statementLocator', () => {
  it('finds the statement holding an offset, and null outside compared sentences', () => {
    const locate = statementLocator(comparison);
    const statement = comparison.statements[1]!.statements[0]!;
    expect(locate(statement.articleId, statement.blockIndex, statement.start)).toBe(statement.id);
    expect(locate(statement.articleId, statement.blockIndex, statement.end - 1)).toBe(statement.id);
    expect(locate(statement.articleId, 999, 0)).toBeNull();
    expect(locate('no-such-article', statement.blockIndex, statement.start)).toBeNull();
  });
});

describe('quotesBySpeaker', () => {
  it('gathers every quote under its speaker, most quoted first, the unattributed last', () => {
    const groups = quotesBySpeaker(comparison, sources, statementLocator(comparison));
    expect(groups.flatMap((group) => group.quotes)).toHaveLength(comparison.quotes.length);
    const named = groups.filter((group) => group.speaker !== null);
    expect(named.map((group) => group.speaker)).toEqual(expect.arrayContaining(['Blinken', 'Lavrov']));
    const sizes = named.map((group) => group.quotes.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const unattributed = groups.findIndex((group) => group.speaker === null);
    if (unattributed !== -1) expect(unattributed).toBe(groups.length - 1);
    const lavrov = groups.find((group) => group.speaker === 'Lavrov');
    expect(lavrov?.role).toBe('Russian Foreign Minister');
    for (const { quote } of lavrov?.quotes ?? []) expect(quote.speaker?.toLowerCase()).toBe('lavrov');
  });
});
