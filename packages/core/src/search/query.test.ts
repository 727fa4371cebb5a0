import { describe, expect, it } from 'vitest';
import { parseSearchQuery, toMatchPlan, toTitleTsquery, toTsquery } from './query.js';

const compile = (input: string) => toTsquery(parseSearchQuery(input));

describe('parseSearchQuery', () => {
  it('ANDs plain words', () => {
    expect(compile('Blinken Lavrov')).toBe("'Blinken' & 'Lavrov'");
  });

  it('keeps a quoted phrase together', () => {
    expect(compile('"clear path" Geneva')).toBe("'clear path' & 'Geneva'");
  });

  it('ORs neighbours joined by OR or |, binding tighter than AND', () => {
    expect(compile('talks Lavrov OR Blinken')).toBe("'talks' & ('Lavrov' | 'Blinken')");
    expect(compile('Kyiv | Kiev')).toBe("('Kyiv' | 'Kiev')");
  });

  it('negates words and phrases with a leading minus', () => {
    expect(compile('Ukraine -NATO -"peace talks"')).toBe("'Ukraine' & !'NATO' & !'peace talks'");
  });

  it('limits title: and intitle: terms to titles', () => {
    expect(compile('title:Lavrov intitle:"clear path"')).toBe("'Lavrov':A & 'clear path':A");
  });

  it('plans whole-article clauses, title clauses and mixed clauses apart', () => {
    expect(toMatchPlan(parseSearchQuery('Ukraine title:grain -title:"wheat deal" Kyiv OR title:Kiev'))).toEqual({
      anywhere: "'Ukraine'",
      inTitle: "'grain' & !'wheat deal'",
      mixed: [{ anywhere: "'Kyiv'", inTitle: "'Kiev'" }],
      phrased: false,
      loose: "'Ukraine'",
    });
  });

  it('marks plans whose words may need their order checked, and relaxes them without exclusions', () => {
    expect(toMatchPlan(parseSearchQuery('"interest rates" -oil'))).toMatchObject({ phrased: true, loose: "'interest rates'" });
    expect(toMatchPlan(parseSearchQuery('U.S.-led coalition'))).toMatchObject({ phrased: true });
    expect(toMatchPlan(parseSearchQuery('oil prices'))).toMatchObject({ phrased: false });
  });

  it('gathers title hits from positive terms only', () => {
    expect(toTitleTsquery(parseSearchQuery('Ukraine -NATO title:grain'))).toBe("'Ukraine' | 'grain'");
  });

  it('treats quotes and backslashes in words as text, never as tsquery syntax', () => {
    expect(compile("don't a\\b")).toBe("'don''t' & 'a\\\\b'");
    expect(compile("'); DROP TABLE articles; --")).toBe("'DROP' & 'TABLE' & 'articles;'");
  });

  it('accepts an unclosed quote as a phrase to the end', () => {
    expect(compile('"clear path')).toBe("'clear path'");
  });

  it('drops terms without letters or digits, and a dangling OR', () => {
    expect(compile('- && OR')).toBe('');
    expect(compile('OR Lavrov OR')).toBe("'Lavrov'");
  });
});
