import { describe, expect, it } from 'vitest';
import { mix32 } from './hash.js';
import { Postings } from './postings.js';

/** The values under `key`, as `forEach` yields them. */
function valuesOf(postings: Postings, key: number): number[] {
  const values: number[] = [];
  postings.forEach(key, (value) => values.push(value));
  return values;
}

describe('Postings', () => {
  it('agrees with a Map of arrays through growth, removals and compaction', () => {
    const postings = new Postings();
    const reference = new Map<number, number[]>();
    // 30,000 values over 5,000 keys (hashes, like real term keys), then two thirds removed.
    for (let value = 0; value < 30_000; value++) {
      const key = mix32(value % 5_000);
      postings.add(key, value);
      reference.set(key, [value, ...(reference.get(key) ?? [])]);
    }
    for (let value = 0; value < 30_000; value++) {
      if (value % 3 === 0) continue;
      const key = mix32(value % 5_000);
      postings.remove(key, value);
      reference.set(key, reference.get(key)!.filter((v) => v !== value));
    }
    expect(postings.size).toBe(10_000);
    for (const [key, values] of reference) expect(valuesOf(postings, key)).toEqual(values);
    // Adding after compaction keeps the newest-first order.
    postings.add(mix32(0), 99_999);
    expect(valuesOf(postings, mix32(0))[0]).toBe(99_999);
  });

  it('yields nothing for a key never added or emptied', () => {
    const postings = new Postings();
    expect(valuesOf(postings, 42)).toEqual([]);
    postings.add(42, 7);
    postings.remove(42, 7);
    postings.remove(42, 7);
    expect(valuesOf(postings, 42)).toEqual([]);
    expect(postings.size).toBe(0);
  });
});
