const EMPTY = -1;
const INITIAL_CAPACITY = 1 << 10;

/**
 * A multimap from uint32 keys to non-negative int32 values (article slots), in typed arrays: a
 * chained hash table whose nodes are rows of three parallel arrays. A JavaScript Map spends about
 * 40 bytes on an entry and an array per key more; this spends 12 bytes a value plus 4 per bucket,
 * which matters when a million articles each post some 50 keys (terms by day, LSH bands).
 * Removed values leave holes that are reclaimed by compaction once they are half the nodes.
 */
export class Postings {
  #heads = new Int32Array(INITIAL_CAPACITY).fill(EMPTY);
  #keys = new Uint32Array(INITIAL_CAPACITY);
  #values = new Int32Array(INITIAL_CAPACITY);
  #next = new Int32Array(INITIAL_CAPACITY);
  /** Nodes in use, holes included. */
  #used = 0;
  #holes = 0;

  /** Values stored. */
  get size(): number {
    return this.#used - this.#holes;
  }

  /** Bytes held by the table's arrays. */
  get bytes(): number {
    return this.#heads.byteLength + this.#keys.byteLength + this.#values.byteLength + this.#next.byteLength;
  }

  /** Adds `value` under `key`. */
  add(key: number, value: number): void {
    if (this.#used === this.#keys.length) this.#growNodes();
    if (this.#used >= this.#heads.length) this.#rehash(this.#heads.length * 2);
    const node = this.#used++;
    const bucket = key & (this.#heads.length - 1);
    this.#keys[node] = key;
    this.#values[node] = value;
    this.#next[node] = this.#heads[bucket]!;
    this.#heads[bucket] = node;
  }

  /** Calls `visit` with each value under `key`, most recently added first. */
  forEach(key: number, visit: (value: number) => void): void {
    for (let node = this.#heads[key & (this.#heads.length - 1)]!; node !== EMPTY; node = this.#next[node]!) {
      if (this.#keys[node] === key && this.#values[node] !== EMPTY) visit(this.#values[node]!);
    }
  }

  /** Removes `value` from under `key`, if it is there. */
  remove(key: number, value: number): void {
    for (let node = this.#heads[key & (this.#heads.length - 1)]!; node !== EMPTY; node = this.#next[node]!) {
      if (this.#keys[node] === key && this.#values[node] === value) {
        this.#values[node] = EMPTY;
        this.#holes++;
      }
    }
    if (this.#holes > INITIAL_CAPACITY && this.#holes * 2 > this.#used) this.#compact();
  }

  #growNodes(): void {
    const grow = <A extends Uint32Array | Int32Array>(array: A, make: (n: number) => A): A => {
      const bigger = make(array.length * 2);
      bigger.set(array);
      return bigger;
    };
    this.#keys = grow(this.#keys, (n) => new Uint32Array(n));
    this.#values = grow(this.#values, (n) => new Int32Array(n));
    this.#next = grow(this.#next, (n) => new Int32Array(n));
  }

  /** Rebuilds the bucket chains for `capacity` buckets, keeping each key's values in order. */
  #rehash(capacity: number): void {
    this.#heads = new Int32Array(capacity).fill(EMPTY);
    const tails = new Int32Array(capacity).fill(EMPTY);
    // Walking nodes oldest first and appending keeps "most recent first" after prepending resumes.
    for (let node = this.#used - 1; node >= 0; node--) {
      const bucket = this.#keys[node]! & (capacity - 1);
      this.#next[node] = EMPTY;
      if (tails[bucket] === EMPTY) this.#heads[bucket] = node;
      else this.#next[tails[bucket]!] = node;
      tails[bucket] = node;
    }
  }

  /** Drops the holes: moves live nodes down, in order, and rebuilds the chains. */
  #compact(): void {
    let kept = 0;
    for (let node = 0; node < this.#used; node++) {
      if (this.#values[node] === EMPTY) continue;
      this.#keys[kept] = this.#keys[node]!;
      this.#values[kept] = this.#values[node]!;
      kept++;
    }
    this.#used = kept;
    this.#holes = 0;
    this.#rehash(Math.max(INITIAL_CAPACITY, this.#heads.length));
  }
}
