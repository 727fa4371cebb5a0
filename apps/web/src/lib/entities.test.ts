import type { ArticleEntity } from '@dateline/core';
import { describe, expect, it } from 'vitest';
import { groupByKind, kindName } from './entities';

const entity = (key: string, mentions: number, roles: string[] = []): ArticleEntity => {
  const [kind, name] = key.split(':') as [ArticleEntity['kind'], string];
  const mention = { text: name, blockIndex: 0, sentenceIndex: 0, start: 0, end: name.length };
  return { key, kind, name, mentions: Array.from({ length: mentions }, () => mention), roles };
};

describe('groupByKind', () => {
  it('lists people, organisations and places in that order, the most mentioned first, with their first role', () => {
    const entities = [
      entity('place:geneva', 2),
      entity('person:blinken', 3, ['US Secretary of State', 'top US diplomat']),
      entity('person:lavrov', 9),
      entity('place:kyiv', 2),
    ];
    expect(groupByKind(entities)).toEqual([
      {
        kind: 'person',
        label: 'People',
        entities: [
          { key: 'person:lavrov', name: 'lavrov', role: null },
          { key: 'person:blinken', name: 'blinken', role: 'US Secretary of State' },
        ],
      },
      {
        kind: 'place',
        label: 'Places',
        // Equally mentioned: in the article's order.
        entities: [
          { key: 'place:geneva', name: 'geneva', role: null },
          { key: 'place:kyiv', name: 'kyiv', role: null },
        ],
      },
    ]);
  });

  it('gives no groups for an article naming nothing', () => {
    expect(groupByKind([])).toEqual([]);
  });
});

it('names each kind', () => {
  expect([kindName('person'), kindName('organisation'), kindName('place')]).toEqual(['Person', 'Organisation', 'Place']);
});
