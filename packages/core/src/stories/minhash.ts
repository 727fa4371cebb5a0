import { combineHashes, hashString, mix32 } from './hash.js';

/** Words per shingle: long enough that two different articles on one topic share almost none. */
export const SHINGLE_WORDS = 5;
/** Hash functions per signature: Jaccard is estimated to about ±0.06 at 0.7, in 256 bytes. */
export const SIGNATURE_SIZE = 64;

// Seeds of the permutations x ↦ mix32(x ^ seed); mix32 is a bijection, so each is a permutation of uint32.
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32(Math.imul(i + 1, 0x9e3779b9)));

/** The distinct hashes of the `size`-word shingles of `words`; a text shorter than one shingle is one shingle. */
export function shingleHashes(words: readonly string[], size = SHINGLE_WORDS): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const wordHashes = words.map((w) => hashString(w));
  const count = Math.max(1, wordHashes.length - size + 1);
  const seen = new Set<number>();
  for (let i = 0; i < count; i++) {
    let h = 0;
    for (let j = i; j < Math.min(i + size, wordHashes.length); j++) h = combineHashes(h, wordHashes[j]!);
    seen.add(h);
  }
  return Uint32Array.from(seen);
}

/** The MinHash signature of a shingle set: for each seeded permutation, the smallest permuted shingle. */
export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const shingle = shingles[s]!;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix32(shingle ^ SEEDS[i]!);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the two shingle sets: the share of positions where the signatures agree. */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/**
 * Estimated share of the smaller set contained in the larger, from Jaccard and the set sizes
 * (|A ∩ B| = J (|A| + |B|) / (1 + J)): near 1 when one text is the other plus a paragraph.
 */
export function estimateContainment(jaccard: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  return Math.min(1, (jaccard * (sizeA + sizeB)) / (1 + jaccard) / smaller);
}

/**
 * One LSH key per band of `rows` signature values. Two signatures share a key with probability
 * 1 − (1 − J^rows)^bands: with 16 bands of 4 rows, 0.64 at J = 0.5, 0.99 at J = 0.7.
 */
export function bandKeys(signature: ArrayLike<number>, rows: number): number[] {
  const keys: number[] = [];
  for (let start = 0, band = 0; start + rows <= signature.length; start += rows, band++) {
    let h = mix32(band + 1);
    for (let i = start; i < start + rows; i++) h = combineHashes(h, signature[i]!);
    keys.push(h);
  }
  return keys;
}
