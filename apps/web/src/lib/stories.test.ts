import type { StorySummary } from '@dateline/core';
import { describe, expect, it } from 'vitest';
import { groupByStory } from './stories';

const story = (id: string, articleCount: number): StorySummary => ({
  id,
  headline: `Headline ${id}`,
  firstDate: '2022-01-21',
  lastDate: '2022-01-21',
  articleCount,
});
const stories = new Map([
  ['s1', story('s1', 3)],
  ['s2', story('s2', 1)],
]);

describe('groupByStory', () => {
  it('gathers a story’s articles where its first one was, keeping their order', () => {
    const items = [
      { id: 'a', storyId: 's1' },
      { id: 'b', storyId: null },
      { id: 'c', storyId: 's1' },
    ];
    expect(groupByStory(items, stories)).toEqual([
      { key: 'story:s1', story: stories.get('s1'), articles: [items[0], items[2]] },
      { key: 'article:b', story: null, articles: [items[1]] },
    ]);
  });

  it('keeps a story of several articles even when the list has one of them', () => {
    expect(groupByStory([{ id: 'a', storyId: 's1' }], stories)[0]?.story?.id).toBe('s1');
  });

  it('leaves alone an article with no story, an unknown story, or a story of one article', () => {
    const items = [
      { id: 'a', storyId: 's2' },
      { id: 'b', storyId: 'gone' },
      { id: 'c', storyId: null },
    ];
    expect(groupByStory(items, stories).map((run) => [run.key, run.story])).toEqual([
      ['article:a', null],
      ['article:b', null],
      ['article:c', null],
    ]);
  });

  it('keys runs apart even when a story has the id of an article', () => {
    const runs = groupByStory([{ id: 's1', storyId: 's2' }, { id: 'x', storyId: 's1' }], stories);
    expect(new Set(runs.map((run) => run.key)).size).toBe(2);
  });
});
