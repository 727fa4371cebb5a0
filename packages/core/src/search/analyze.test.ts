import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { lexemes, searchVector } from './analyze.js';

describe('lexemes', () => {
  it('lowercases, stems English words and keeps stop words as gaps', () => {
    expect(lexemes('Lavrov said the talks were on a clear path')).toEqual(['lavrov', 'said', null, 'talk', null, null, null, 'clear', 'path']);
  });

  it('splits on punctuation, apostrophes and hyphens', () => {
    expect(lexemes("Russia's U.S.-led, well-known")).toEqual(['russia', null, 'u', null, 'led', 'well', 'known']);
  });

  it('keeps numbers and non-Latin words whole', () => {
    expect(lexemes('G7 1987 Київ Müller')).toEqual(['g7', '1987', 'київ', 'müller']);
  });

  it('skips runs too long to be words', () => {
    expect(lexemes(`a${'x'.repeat(300)} peace`)).toEqual(['peac']);
  });
});

describe('searchVector', () => {
  const pg = new PGlite();
  afterAll(() => pg.close());

  it('weights title words A, marks them for title: and continues positions into the body', () => {
    expect(searchVector('Talks in Geneva', 'Geneva talks ended.')).toBe("'talk':1A,5 '~talk':1 'geneva':3A,4 '~geneva':3 'end':6");
  });

  it('gives literals PostgreSQL accepts, which its own stemmed queries match', async () => {
    const search = searchVector('Blinken and Lavrov', 'The ministers were on a clear path to understanding, officials said.');
    const result = await pg.query<{ hit: boolean; phrase: boolean }>(
      `SELECT $1::tsvector @@ to_tsquery('english', 'understandings & minister') AS hit,
              $1::tsvector @@ phraseto_tsquery('english', 'clear path to understanding') AS phrase`,
      [search],
    );
    expect(result.rows[0]).toEqual({ hit: true, phrase: true });
  });

  it('caps positions as PostgreSQL does, so huge articles still store', async () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `word${i % 300}`).join(' ');
    const search = searchVector('Long', body);
    const result = await pg.query<{ n: number }>('SELECT length($1::tsvector) AS n', [search]);
    expect(result.rows[0]?.n).toBe(302);
  });
});
