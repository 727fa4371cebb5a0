import { describe, expect, it } from 'vitest';
import { parseSearchQuery, toTitleTsquery, toTsquery } from './query.js';

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
