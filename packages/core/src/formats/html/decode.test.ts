import { describe, expect, it } from 'vitest';
import { MAX_HTML_BYTES } from '../limits.js';
import { decodeHtml } from './decode.js';
import { encodeLegacy, parseErrorOf } from './_fixtures.js';

const page = (charset: string, body: string) => `<html><head>${charset}<title>t</title></head><body><p>${body}</p></body></html>`;

describe('decodeHtml', () => {
  it('decodes a windows-1252 page by its <meta charset>', () => {
    const bytes = encodeLegacy(page('<meta charset="windows-1252">', 'Café “quoted” – 5 €'), 'windows-1252');
    expect(bytes).toContain(0x93); // the curly quote is one cp1252 byte, not UTF-8
    expect(decodeHtml(bytes, 'p.html')).toContain('<p>Café “quoted” – 5 €</p>');
  });

  it('reads the charset from an http-equiv Content-Type, an XML prolog, and ISO-8859-1 as windows-1252', () => {
    const httpEquiv = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">';
    expect(decodeHtml(encodeLegacy(page(httpEquiv, 'naïve “x”'), 'windows-1252'), 'p')).toContain('naïve “x”');
    const xml = encodeLegacy(`<?xml version="1.0" encoding="windows-1252"?>${page('', 'déjà vu')}`, 'windows-1252');
    expect(decodeHtml(xml, 'p')).toContain('déjà vu');
  });

  it('decodes Shift_JIS', () => {
    const bytes = encodeLegacy(page('<meta charset="shift_jis">', '東京で地震がありました。'), 'shift_jis');
    expect(decodeHtml(bytes, 'p')).toContain('東京で地震がありました。');
  });

  it('ignores a charset declared only inside a comment', () => {
    const bytes = encodeLegacy(page('<!-- <meta charset="shift_jis"> --><meta charset="windows-1252">', 'café'), 'windows-1252');
    expect(decodeHtml(bytes, 'p')).toContain('café');
  });

  it('reads valid UTF-8 as UTF-8 even when the page declares a legacy charset, as re-saved pages do', () => {
    const bytes = new TextEncoder().encode(page('<meta charset="gb2312">', 'DeepMind新电脑已可利用记忆自学'));
    expect(decodeHtml(bytes, 'p')).toContain('DeepMind新电脑已可利用记忆自学');
  });

  it('falls back to windows-1252 when undeclared bytes are not UTF-8, and keeps bad bytes as U+FFFD when UTF-8 is declared', () => {
    const latin = encodeLegacy(page('', 'Zürich'), 'windows-1252');
    expect(decodeHtml(latin, 'p')).toContain('Zürich');
    const broken = Uint8Array.from([...new TextEncoder().encode(page('<meta charset="utf-8">', 'a')), 0xff, 0x41]);
    expect(decodeHtml(broken, 'p')).toContain('\ufffdA');
  });

  it('follows a byte order mark over any declaration', () => {
    const text = page('<meta charset="windows-1252">', 'Ελληνικά');
    const utf16 = Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);
    expect(decodeHtml(utf16, 'p')).toContain('Ελληνικά');
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'p').startsWith('<html>')).toBe(true);
  });

  it('rejects binary files and pages over the size limit with a clear reason', () => {
    expect(parseErrorOf(() => decodeHtml(Uint8Array.from([0x1f, 0x8b, 8, 0, 0]), 'a.gz')).reason).toBe('binary file (gzip data), not HTML');
    expect(parseErrorOf(() => decodeHtml(new TextEncoder().encode('%PDF-1.7\n'), 'a.pdf')).reason).toBe('binary file (PDF document), not HTML');
    expect(parseErrorOf(() => decodeHtml(Uint8Array.from([60, 112, 62, 0, 1, 2]), 'a')).reason).toBe('binary file (contains NUL bytes)');
    expect(parseErrorOf(() => decodeHtml(new TextEncoder().encode('<p>\u0001\u0002\u0003\u0004</p>'), 'a')).reason).toBe(
      'binary file (too many control characters)',
    );
    const error = parseErrorOf(() => decodeHtml(new Uint8Array(MAX_HTML_BYTES + 1), 'big.html'));
    expect(error).toMatchObject({ file: 'big.html', line: null, reason: 'page is larger than the 8 MiB limit for one HTML page' });
  });
});
