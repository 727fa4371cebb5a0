import { describe, expect, it } from 'vitest';
import { joinClaims, workClaims, type Claimed } from './claims.js';

describe('shared work claims', () => {
  it('gives every chunk to exactly one thread and puts the results back in order', () => {
    const items = Array.from({ length: 103 }, (_, i) => i);
    const counter = new SharedArrayBuffer(4);
    const threads: Claimed<number>[][] = [];
    const started = new Set<number>();
    // Each "thread" lets the next one start during its first chunk, as threads run side by side.
    const thread = (n: number): Claimed<number>[] =>
      workClaims(items, counter, 10, (chunk) => {
        if (n < 2 && !started.has(n)) {
          started.add(n);
          threads.push(thread(n + 1));
        }
        return chunk.map((item) => item * 2);
      });
    threads.push(thread(0));
    expect(threads.map((claims) => claims.length)).toEqual([9, 1, 1]);
    expect(threads.flat().map((claim) => claim.index).sort((a, b) => a - b)).toEqual([...Array(11).keys()]);
    expect(joinClaims(threads)).toEqual(items.map((item) => item * 2));
  });

  it('leaves nothing to claim for a thread that comes late', () => {
    const counter = new SharedArrayBuffer(4);
    const first = workClaims([1, 2, 3], counter, 2, (chunk) => chunk);
    expect(workClaims([1, 2, 3], counter, 2, () => [0])).toEqual([]);
    expect(joinClaims([[], first])).toEqual([1, 2, 3]);
  });
});
