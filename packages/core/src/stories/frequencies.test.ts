import { describe, expect, it } from 'vitest';
import { DocumentFrequencies } from './frequencies.js';
import { hashString } from './hash.js';

const hashes = (text: string) => new Set(text.split(' ').map((word) => hashString(word)));

describe('DocumentFrequencies', () => {
  it('counts the articles each term occurs in', () => {
    const frequencies = new DocumentFrequencies(12);
    frequencies.observe(hashes('lavrov blinken geneva talks'));
    frequencies.observe(hashes('lavrov nato proxy war'));
    frequencies.observe(hashes('azovstal evacuation mariupol'));
    expect(frequencies.documents).toBe(3);
    expect(frequencies.frequency(hashString('lavrov'))).toBe(2);
    expect(frequencies.frequency(hashString('geneva'))).toBe(1);
    expect(frequencies.frequency(hashString('kherson'))).toBe(0);
  });

  it('never undercounts, and counts nearly every term exactly while terms are fewer than counters', () => {
    // 2^17 counters a row, 20,000 distinct terms, term i in (i % 7) + 1 of 7 articles.
    const frequencies = new DocumentFrequencies(17);
    for (let article = 0; article < 7; article++) {
      const terms: number[] = [];
      for (let i = 0; i < 20_000; i++) if (article <= i % 7) terms.push(hashString(`term-${i}`));
      frequencies.observe(terms);
    }
    let exact = 0;
    for (let i = 0; i < 20_000; i++) {
      const counted = frequencies.frequency(hashString(`term-${i}`));
      expect(counted).toBeGreaterThanOrEqual((i % 7) + 1);
      if (counted === (i % 7) + 1) exact++;
    }
    expect(exact / 20_000).toBeGreaterThan(0.95);
  });

  it('snapshots a young sketch in a few bytes, and a full one exactly', () => {
    expect(new DocumentFrequencies().toSnapshot().counts.length).toBeLessThan(100);
    const frequencies = new DocumentFrequencies(12);
    for (let article = 0; article < 300; article++) {
      frequencies.observe(Array.from({ length: 50 }, (_, i) => hashString(`term-${(article * 7 + i * i) % 5000}`)));
    }
    // Counts of 64 and more take several varint bytes.
    for (let article = 0; article < 200; article++) frequencies.observe([hashString('common')]);
    const restored = DocumentFrequencies.fromSnapshot(frequencies.toSnapshot());
    for (let i = 0; i < 5000; i++) expect(restored.frequency(hashString(`term-${i}`))).toBe(frequencies.frequency(hashString(`term-${i}`)));
    expect(restored.frequency(hashString('common'))).toBe(200);
    expect(restored.documents).toBe(500);
  });

  it('survives a JSON round trip of its snapshot', () => {
    const frequencies = new DocumentFrequencies(8);
    frequencies.observe(hashes('ceasefire talks in istanbul'));
    const restored = DocumentFrequencies.fromSnapshot(JSON.parse(JSON.stringify(frequencies.toSnapshot())));
    expect(restored.documents).toBe(1);
    expect(restored.frequency(hashString('istanbul'))).toBe(1);
    expect(() => DocumentFrequencies.fromSnapshot({ ...frequencies.toSnapshot(), bits: 9 })).toThrow(RangeError);
    expect(() => DocumentFrequencies.fromSnapshot({ ...frequencies.toSnapshot(), bits: 7 })).toThrow(RangeError);
  });
});
