import { describe, expect, it } from 'vitest';
import { parseSearchQuery, toMatchPlan, toTitleTsquery, toTsquery } from './query.js';

const compile = (input: string) => toTsquery(parseSearchQuery(input));

describe('parseSearchQuery', () => {
  it('ANDs plain words', () => {
    expect(compile('Blinken Lavrov')).toBe("'blinken' & 'lavrov'");
  });

  it('keeps a quoted phrase together, stemmed, with the gaps its stop words leave', () => {
    expect(compile('"clear path" Geneva')).toBe("'clear' <-> 'path' & 'geneva'");
    expect(compile('"on a clear path to understanding"')).toBe("'clear' <-> 'path' <2> 'understand'");
  });

  it('drops terms made only of stop words', () => {
    expect(compile('the Lavrov "of the"')).toBe("'lavrov'");
  });

  it('ORs neighbours joined by OR or |, binding tighter than AND', () => {
    expect(compile('talks Lavrov OR Blinken')).toBe("'talk' & ('lavrov' | 'blinken')");
    expect(compile('Kyiv | Kiev')).toBe("('kyiv' | 'kiev')");
  });

  it('negates words and phrases with a leading minus', () => {
    expect(compile('Ukraine -NATO -"peace talks"')).toBe("'ukrain' & !'nato' & !('peac' <-> 'talk')");
  });

  it('limits title: and intitle: terms to titles', () => {
    expect(compile('title:Lavrov intitle:"clear path"')).toBe("'lavrov':A & 'clear':A <-> 'path':A");
  });

  it('matches title clauses through title-marked lexemes, which the GIN index answers', () => {
    expect(toMatchPlan(parseSearchQuery('Ukraine title:grain -title:"wheat deal" Kyiv OR title:Kiev'))).toEqual({
      all: "'ukrain' & '~grain' & !('~wheat' <-> '~deal') & ('kyiv' | '~kiev')",
      phrased: false,
      loose: "'ukrain' & '~grain' & ('kyiv' | '~kiev')",
    });
  });

  it('marks plans whose words may need their order checked, and relaxes them without exclusions', () => {
    expect(toMatchPlan(parseSearchQuery('"interest rates" -oil'))).toMatchObject({ phrased: true, loose: "('interest' & 'rate')" });
    expect(toMatchPlan(parseSearchQuery('U.S.-led coalition'))).toMatchObject({ phrased: true, all: "'u' <2> 'led' & 'coalit'" });
    expect(toMatchPlan(parseSearchQuery('oil prices'))).toMatchObject({ phrased: false });
  });

  it('gathers title hits from positive terms only', () => {
    expect(toTitleTsquery(parseSearchQuery('Ukraine -NATO title:grain'))).toBe("('~ukrain' | '~grain')");
  });

  it('treats quotes, backslashes and operators in words as separators, never as tsquery syntax', () => {
    expect(compile("don't x\\y")).toBe("'x' <-> 'y'");
    expect(compile("'); DROP TABLE articles; --")).toBe("'drop' & 'tabl' & 'articl'");
    expect(compile('x<->y !z')).toBe("'x' <-> 'y' & 'z'");
  });

  it('accepts an unclosed quote as a phrase to the end', () => {
    expect(compile('"clear path')).toBe("'clear' <-> 'path'");
  });

  it('drops terms without letters or digits, and a dangling OR', () => {
    expect(compile('- && OR')).toBe('');
    expect(compile('OR Lavrov OR')).toBe("'lavrov'");
  });
});
