import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../parse/dateline.js';
import { estimateContainment, estimateJaccard, minhashSignature, shingleHashes } from './minhash.js';
import { StoryIndex } from './story-index.js';
import { splitWords } from './words.js';

const corpus = new URL('../../../../../shared/corpora/dateline/russia-ukraine-guardian/', import.meta.url);

/** The paragraphs of a Guardian article from the shared corpus. */
function paragraphs(name: string): string[] {
  return parseDateline(readFileSync(new URL(name, corpus))).blocks.map((block) => block.text);
}

function shingles(text: string): Uint32Array {
  return shingleHashes(splitWords(text).map((word) => word.text));
}

function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  const setA = new Set(a);
  const shared = [...new Set(b)].filter((x) => setA.has(x)).length;
  return shared / (setA.size + new Set(b).size - shared);
}

// Israel summons the Russian ambassador over Lavrov's Hitler remarks (2022-05-02).
const original = paragraphs('guardian-0034.txt');
// A corrected version: one sentence reworded, and a paragraph added at the end.
const corrected = [
  ...original.slice(0, 5),
  original[5]!.replace('one of the few western countries', 'among the few western nations'),
  ...original.slice(6),
  'The Russian foreign ministry later repeated the claim in a statement, and Israel said the ambassador had been told the remarks were unforgivable.',
];
// Lavrov accuses Nato of a proxy war (2022-04-26): same minister, same war, another event.
const sameTopic = paragraphs('guardian-0183.txt');

describe('MinHash near-duplicates', () => {
  it('estimates Jaccard close to the exact value on real text', () => {
    const firstHalf = original.slice(0, Math.ceil(original.length / 2)).join('\n\n');
    const a = shingles(original.join('\n\n'));
    const b = shingles(firstHalf);
    const estimate = estimateJaccard(minhashSignature(a), minhashSignature(b));
    expect(Math.abs(estimate - exactJaccard(a, b))).toBeLessThan(0.15);
    // The half is wholly contained in the whole.
    expect(estimateContainment(estimate, a.length, b.length)).toBeGreaterThan(0.85);
  });

  it('gives a lightly edited copy a high Jaccard and an article on the same topic almost none', () => {
    const signature = minhashSignature(shingles(original.join('\n\n')));
    expect(estimateJaccard(signature, minhashSignature(shingles(corrected.join('\n\n'))))).toBeGreaterThanOrEqual(0.8);
    expect(estimateJaccard(signature, minhashSignature(shingles(sameTopic.join('\n\n'))))).toBeLessThan(0.1);
  });

  it('makes the index flag the corrected version as a duplicate, in its original’s story, but not the other article', () => {
    const index = new StoryIndex();
    const first = index.add({ id: 'original', date: '2022-05-02', text: original.join('\n\n') });
    const other = index.add({ id: 'same-topic', date: '2022-05-02', text: sameTopic.join('\n\n') });
    const copy = index.add({ id: 'corrected', date: '2022-05-03', text: corrected.join('\n\n') });
    expect(first.duplicateOf).toBeNull();
    expect(other.duplicateOf).toBeNull();
    expect(copy.duplicateOf).toBe('original');
    expect(copy.storyId).toBe(first.storyId);
    expect(other.storyId).not.toBe(first.storyId);
  });

  it('flags a wire story republished with only its first half, and not one republished a year later', () => {
    const index = new StoryIndex();
    index.add({ id: 'wire', date: '2022-05-02', text: original.join('\n\n') });
    const half = index.add({ id: 'half', date: '2022-05-02', text: original.slice(0, 12).join('\n\n') });
    expect(half.duplicateOf).toBe('wire');
    const later = index.add({ id: 'later', date: '2023-05-02', text: original.join('\n\n') });
    expect(later.duplicateOf).toBeNull();
  });

  it('gives the same signature for the same text and an empty one for no words', () => {
    const text = original[0]!;
    expect(minhashSignature(shingles(text))).toEqual(minhashSignature(shingles(text)));
    expect(shingles('').length).toBe(0);
    // A text shorter than a shingle is one shingle, so two-word texts can still match exactly.
    expect(shingles('Ceasefire holds').length).toBe(1);
  });
});
