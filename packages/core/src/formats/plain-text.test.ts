import { describe, expect, it } from 'vitest';
import { blockFromLines, blocksFromText, cleanLine, countWords } from './plain-text.js';

const texts = (text: string | unknown[]) => blocksFromText(text).map((b) => `${b.type[0]}:${b.text}`);

describe('blocksFromText', () => {
  it('splits paragraphs on blank lines and joins the lines inside one', () => {
    expect(texts('First line\ncontinues here.\n\n  \nSecond paragraph.')).toEqual(['p:First line continues here.', 'p:Second paragraph.']);
  });

  it('makes every line a paragraph when there are no blank lines', () => {
    expect(texts('One sentence.\nAnother one.\r\nA third.')).toEqual(['p:One sentence.', 'p:Another one.', 'p:A third.']);
  });

  it('reads hard-wrapped wire copy by its indented first lines (Reuters)', () => {
    const body = 'Showers continued throughout the week in\nthe Bahia cocoa zone, said the review.\n    The dry period means the temporao will be late.\n    Arrivals for the week were\n155,221 bags.';
    expect(texts(body)).toEqual([
      'p:Showers continued throughout the week in the Bahia cocoa zone, said the review.',
      'p:The dry period means the temporao will be late.',
      'p:Arrivals for the week were 155,221 bags.',
    ]);
  });

  it('makes a single short unpunctuated line a subheading, as the dateline format does', () => {
    expect(texts('What happened next\n\nThe talks ended.\n\n"A quoted close."\n\nAnd then:')).toEqual([
      's:What happened next',
      'p:The talks ended.',
      'p:"A quoted close."',
      'p:And then:',
    ]);
  });

  it('gives each string of an array its own blocks and ignores the rest (ECB+ sentence arrays)', () => {
    expect(texts(['Lindsay Lohan checks into Betty Ford Center', 'She arrived on Friday.', 42, null, ['nested'], ''])).toEqual([
      's:Lindsay Lohan checks into Betty Ford Center',
      'p:She arrived on Friday.',
    ]);
  });

  it('drops control characters, keeps right-to-left and combining text, and repairs lone surrogates', () => {
    expect(texts('Bad\u0000 bytes\u0007 here.\u000c\u000cمرحبا بالعالم.\n\ne\u0301te\u0301 \ud800.')).toEqual([
      'p:Bad bytes here.',
      'p:مرحبا بالعالم.',
      'p:e\u0301te\u0301 \ufffd.',
    ]);
  });

  it('gives no blocks for empty or blank text', () => {
    expect(blocksFromText('')).toEqual([]);
    expect(blocksFromText(' \n\t\n\u0000')).toEqual([]);
    expect(blocksFromText([])).toEqual([]);
  });
});

describe('blockFromLines', () => {
  it('never makes a long line or a group of lines a subheading', () => {
    expect(blockFromLines(['word '.repeat(21)]).block.type).toBe('paragraph');
    expect(blockFromLines(['Two', 'lines']).block.type).toBe('paragraph');
    expect(blockFromLines(['Short title']).block).toEqual({ type: 'subheading', text: 'Short title' });
  });
});

describe('countWords and cleanLine', () => {
  it('counts only tokens with a letter or digit', () => {
    expect(countWords('One — two • 3 …')).toBe(3);
  });

  it('collapses a metadata value to one trimmed line, or null', () => {
    expect(cleanLine('  The\n Guardian\u0000 ')).toBe('The Guardian');
    expect(cleanLine(' \n ')).toBeNull();
  });
});
