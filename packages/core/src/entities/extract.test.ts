import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block } from '../model.js';
import { parseDateline } from '../parse/dateline.js';
import { readArticle } from '../text/reading.js';
import type { ArticleEntity } from './entity.js';
import { entitiesInReading, extractEntities } from './extract.js';

const samples = new URL('../../../../samples/', import.meta.url);
const sample = (name: string) => parseDateline(readFileSync(new URL(name, samples)), name);
const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ type: 'paragraph', text }));
const byKey = (entities: ArticleEntity[], key: string) => entities.find((e) => e.key === key);
const surfaces = (entity: ArticleEntity | undefined) => [...new Set(entity?.mentions.map((m) => m.text))].sort();

describe('extractEntities on a real article', () => {
  const article = sample('001_c7a6c6fe8c268c71.txt');
  const entities = extractEntities(article.blocks);

  it('merges a person’s full name, surname and titled mentions into one entity with its roles', () => {
    const blinken = byKey(entities, 'person:antony blinken');
    expect(blinken?.name).toBe('Antony Blinken');
    expect(surfaces(blinken)).toEqual(['Antony Blinken', 'Blinken']);
    expect(blinken?.roles).toContain('US Secretary of State');
    expect(byKey(entities, 'person:sergey lavrov')?.roles).toEqual(['Russian Foreign Minister']);
    expect(entities.filter((e) => e.kind === 'person' && e.key.endsWith('blinken'))).toHaveLength(1);
  });

  it('files "US" and "United States" under one gazetteer name', () => {
    const us = byKey(entities, 'place:united states');
    expect(us).toMatchObject({ kind: 'place', name: 'United States' });
    expect(surfaces(us)).toEqual(['US', 'United States']);
  });

  it('types places and bodies, and takes no nationality adjective for a mention', () => {
    expect(byKey(entities, 'place:geneva')?.kind).toBe('place');
    expect(byKey(entities, 'organisation:nato')?.name).toBe('NATO');
    expect(byKey(entities, 'organisation:kremlin')?.kind).toBe('organisation');
    const texts = entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(texts).not.toContain('Russian');
    expect(texts).not.toContain('Ukrainian');
  });

  it('places every mention at its offsets in its block', () => {
    for (const entity of entities) {
      for (const mention of entity.mentions) {
        expect(article.blocks[mention.blockIndex]?.text.slice(mention.start, mention.end)).toBe(mention.text);
      }
    }
  });

  it('gives the same entities from a shared reading', () => {
    expect(entitiesInReading(readArticle(article.blocks))).toEqual(entities);
  });
});

describe('extractEntities', () => {
  it('keys a person by surname only when the article never gives the full name', () => {
    const alone = extractEntities(paragraphs('Blinken said the talks were frank.', 'Later Blinken flew to Kyiv.'));
    expect(byKey(alone, 'person:blinken')?.mentions).toHaveLength(2);
    const full = extractEntities(paragraphs('Blinken said the talks were frank.', 'Antony Blinken later flew to Kyiv.'));
    expect(byKey(full, 'person:antony blinken')?.mentions).toHaveLength(2);
    expect(byKey(full, 'person:blinken')).toBeUndefined();
  });

  it('takes the role beside a name, and the body named in a title', () => {
    const entities = extractEntities(paragraphs('Kremlin spokesperson Dmitry Peskov said on Monday that the CIA Director Bill Burns had called.', 'The US secretary of state, Antony Blinken, declined to comment.'));
    expect(byKey(entities, 'person:dmitry peskov')?.roles).toEqual(['Kremlin spokesperson']);
    expect(byKey(entities, 'person:bill burns')?.roles).toEqual(['CIA Director']);
    expect(byKey(entities, 'organisation:cia')).toBeDefined();
    expect(byKey(entities, 'person:antony blinken')?.roles).toEqual(['US secretary of state']);
  });

  it('joins an acronym to the name it abbreviates, given in brackets or by initials', () => {
    const entities = extractEntities(
      paragraphs('The Shanghai Automotive Industry Corp (SAIC) wants the plant.', 'Dresdner Kleinwort Wasserstein published research. DrKW said sales fell.'),
    );
    expect(surfaces(byKey(entities, 'organisation:shanghai automotive industry corp'))).toEqual(['SAIC', 'Shanghai Automotive Industry Corp']);
    expect(surfaces(byKey(entities, 'organisation:dresdner kleinwort wasserstein'))).toEqual(['DrKW', 'Dresdner Kleinwort Wasserstein']);
  });

  it('joins a short form to the one longer body it belongs to', () => {
    const entities = extractEntities(paragraphs('Shares in MG Rover fell as the Washington Post reported on the deal.', 'The Post said Rover would cut jobs.'));
    expect(surfaces(byKey(entities, 'organisation:washington post'))).toEqual(['Post', 'Washington Post']);
  });

  it('reads sentence-opening capitals as names only when the article says they are', () => {
    const entities = extractEntities(paragraphs('Commenting on the talks, officials were cautious.', 'Meanwhile Zherebenkov said the swap was realistic, Zherebenkov told the Guardian.'));
    const texts = entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(texts).not.toContain('Commenting');
    expect(texts).not.toContain('Meanwhile');
    expect(byKey(entities, 'person:zherebenkov')?.mentions).toHaveLength(2);
    expect(byKey(entities, 'organisation:guardian')).toBeDefined();
  });

  it('types an unknown name by the words around it', () => {
    const entities = extractEntities(paragraphs('Fighting went on in the village of Pavlivka, near Vuhledar, and in Shebekino.', 'Isavnin said the law was vague.'));
    expect(byKey(entities, 'place:pavlivka')).toBeDefined();
    expect(byKey(entities, 'place:shebekino')).toBeDefined();
    expect(byKey(entities, 'person:isavnin')).toBeDefined();
  });

  it('skips calendar words, photo credits, newsletters, laws and models', () => {
    const entities = extractEntities(
      paragraphs(
        'On Monday the F-16 deal and the Minsk agreements were discussed in May. Photograph: Maxim Shipenkov/EPA',
        'Sign up to First Edition, our free daily newsletter, at 7am BST.',
      ),
    );
    expect(entities).toEqual([]);
  });

  it('gives nothing for an article without names', () => {
    expect(extractEntities([])).toEqual([]);
    expect(extractEntities(paragraphs('the talks went on for hours.'))).toEqual([]);
  });
});
