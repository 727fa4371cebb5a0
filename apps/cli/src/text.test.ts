import { describe, expect, it } from 'vitest';
import { createStyle, plural, renderSnippet, wrapLabelled, wrapText } from './text.js';

describe('wrapText', () => {
  it('breaks between words so no line exceeds the width, indent included', () => {
    const text = 'Russian Foreign Minister Sergey Lavrov said on Friday that Moscow hopes emotions will decrease after frank talks.';
    const lines = wrapText(text, 30, '  ');
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(30);
      expect(line.startsWith('  ')).toBe(true);
    }
    expect(lines.map((l) => l.trim()).join(' ')).toBe(text);
  });

  it('keeps a word longer than the line whole', () => {
    expect(wrapText('a https://example.com/a/very/long/path/that/does/not/fit b', 20)).toEqual([
      'a',
      'https://example.com/a/very/long/path/that/does/not/fit',
      'b',
    ]);
  });

  it('does not count styling escapes as width', () => {
    const bold = createStyle(true).bold;
    expect(wrapText(`${bold('one')} two three`, 20)).toHaveLength(1);
  });
});

describe('wrapLabelled', () => {
  it('starts with the label and lines the following lines up under the text after it', () => {
    const text = 'Lavrov said that Russia has never threatened the Ukrainian people and is not planning to invade.';
    const lines = wrapLabelled('[2] ', text, 40, '  ');
    expect(lines[0]!.startsWith('  [2] Lavrov')).toBe(true);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {6}\S/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines.map((line) => line.trim()).join(' ')).toBe(`[2] ${text}`);
  });
});

describe('createStyle', () => {
  it('marks diff words as wdiff does when plain', () => {
    const plain = createStyle(false);
    expect([plain.bold('a b'), plain.deleted('a b'), plain.inserted('c')]).toEqual(['a b', '[-a b-]', '{+c+}']);
  });

  it('styles each word on its own on a terminal, so a wrapped line never carries a style into the next', () => {
    const style = createStyle(true);
    expect(style.deleted('a b')).toBe('\x1b[31;9ma\x1b[39;29m \x1b[31;9mb\x1b[39;29m');
    expect(style.inserted('c')).toBe('\x1b[32;4mc\x1b[39;24m');
    const lines = wrapText(style.deleted('one two three four five six seven'), 20);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.endsWith('\x1b[39;29m')).toBe(true);
  });
});

describe('renderSnippet', () => {
  it('turns marks into bold and decodes entities', () => {
    const html = 'Tom &amp; Jerry &lt;b&gt; <mark>Lavrov</mark> &#39;said&#x27; &quot;x&quot;';
    expect(renderSnippet(html, createStyle(false))).toBe('Tom & Jerry <b> Lavrov \'said\' "x"');
    expect(renderSnippet(html, createStyle(true))).toContain('\x1b[1mLavrov\x1b[22m');
  });
});

describe('plural', () => {
  it('adds an s except for one', () => {
    expect([plural(0, 'article'), plural(1, 'article'), plural(2, 'article')]).toEqual(['0 articles', '1 article', '2 articles']);
  });
});
