import { describe, expect, it } from 'vitest';
import { createStyle, plural, renderSnippet, wrapText } from './text.js';

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
