import { describe, expect, it } from 'vitest';
import { normalizeUrl } from './url.js';

describe('normalizeUrl', () => {
  it('gives one form for the same page shared in different ways', () => {
    const forms = [
      'https://www.theguardian.com/world/2022/jan/21/blinken-lavrov-geneva',
      'http://www.theguardian.com/world/2022/jan/21/blinken-lavrov-geneva/',
      'https://WWW.TheGuardian.com:443/world/2022/jan/21/blinken-lavrov-geneva#comments',
      'https://www.theguardian.com/world/2022/jan/21/blinken-lavrov-geneva?utm_source=twitter&utm_medium=social&fbclid=abc',
    ];
    expect(new Set(forms.map(normalizeUrl))).toEqual(new Set(['https://www.theguardian.com/world/2022/jan/21/blinken-lavrov-geneva']));
  });

  it('keeps parameters that name the page, in a stable order', () => {
    expect(normalizeUrl('https://example.com/story.php?page=2&id=7')).toBe('https://example.com/story.php?id=7&page=2');
    expect(normalizeUrl('https://example.com/story.php?id=7')).not.toBe(normalizeUrl('https://example.com/story.php?id=8'));
  });

  it('refuses what is not a web address', () => {
    for (const junk of ['', '   ', 'not a url', 'javascript:alert(1)', 'file:///etc/passwd', 'mailto:desk@example.com', `https://example.com/${'a'.repeat(3000)}`]) {
      expect(normalizeUrl(junk)).toBeNull();
    }
    expect(normalizeUrl(null)).toBeNull();
  });
});
