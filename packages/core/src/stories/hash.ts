// Hashing for shingles, terms and LSH bands. Non-cryptographic on purpose: it runs for every word of
// every article, and nothing depends on it resisting an adversary.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** murmur3's 32-bit finaliser: a bijection on uint32 in which every output bit depends on every input bit. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A uint32 hash of `text` (FNV-1a over UTF-16 code units, then `mix32`, because FNV's low bits avalanche poorly). */
export function hashString(text: string, seed = 0): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return mix32(h);
}

/** A uint32 hash of the ordered pair (a, b); order matters, so shingles "x y" and "y x" differ. */
export function combineHashes(a: number, b: number): number {
  return mix32((Math.imul(a, 0x9e3779b1) ^ b) + 0x7f4a7c15);
}
