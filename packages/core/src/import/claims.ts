/** Results of one chunk of shared work, with the chunk's place in the whole. */
export interface Claimed<R> {
  index: number;
  results: R[];
}

/**
 * Works through `items` beside other threads that share `counter`: each claims the next chunk of
 * `size` items with one atomic add until none is left. No thread waits on another, and none needs
 * another's event loop, which PGlite keeps busy while it writes. Returns what this thread did,
 * `most` chunks at most.
 */
export function workClaims<T, R>(items: readonly T[], counter: SharedArrayBuffer, size: number, work: (chunk: T[]) => R[], most = Infinity): Claimed<R>[] {
  const next = new Int32Array(counter);
  const done: Claimed<R>[] = [];
  // Checked before claiming: a claim past `most` would be lost to every thread.
  while (done.length < most) {
    const index = Atomics.add(next, 0, 1);
    if (index * size >= items.length) break;
    done.push({ index, results: work(items.slice(index * size, (index + 1) * size)) });
  }
  return done;
}

/** Every thread's claimed chunks put back in order, as one list of results. */
export function joinClaims<R>(claims: Claimed<R>[][]): R[] {
  return claims
    .flat()
    .sort((a, b) => a.index - b.index)
    .flatMap((claim) => claim.results);
}
