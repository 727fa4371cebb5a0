import { mix32 } from './hash.js';

/** Serialisable document frequencies: `counts` holds both count-min rows, base64 of little-endian uint32. */
export interface FrequencySnapshot {
  documents: number;
  bits: number;
  counts: string;
}

/**
 * Document frequencies learnt one article at a time, in fixed memory: a count-min sketch of two rows
 * of 2^bits counters keyed by term hash. A rare term sharing a counter with another can only look
 * more common than it is, and taking the smaller of two rows makes that rare; 2 × 2^20 counters
 * (8 MB) keep the error small for the few million distinct terms of a million articles.
 */
export class DocumentFrequencies {
  #documents = 0;
  readonly #bits: number;
  readonly #mask: number;
  readonly #counts: Uint32Array;

  constructor(bits = 20) {
    this.#bits = bits;
    this.#mask = (1 << bits) - 1;
    this.#counts = new Uint32Array(2 << bits);
  }

  /** Articles observed so far. */
  get documents(): number {
    return this.#documents;
  }

  /** Counts one article containing each of `terms` (distinct term hashes). */
  observe(terms: Iterable<number>): void {
    this.#documents++;
    for (const term of terms) {
      this.#counts[term & this.#mask]!++;
      this.#counts[this.#second(term)]!++;
    }
  }

  /** How many observed articles contained the term (an upper bound, almost always exact). */
  frequency(term: number): number {
    return Math.min(this.#counts[term & this.#mask]!, this.#counts[this.#second(term)]!);
  }

  /** The counts as plain data, to store and give back to `fromSnapshot`. */
  toSnapshot(): FrequencySnapshot {
    const bytes = new Uint8Array(this.#counts.buffer, this.#counts.byteOffset, this.#counts.byteLength);
    return { documents: this.#documents, bits: this.#bits, counts: Buffer.from(bytes).toString('base64') };
  }

  /** Frequencies restored from `toSnapshot` output. */
  static fromSnapshot(snapshot: FrequencySnapshot): DocumentFrequencies {
    const frequencies = new DocumentFrequencies(snapshot.bits);
    const bytes = Buffer.from(snapshot.counts, 'base64');
    if (bytes.byteLength !== frequencies.#counts.byteLength) throw new RangeError('frequency snapshot has the wrong size');
    frequencies.#counts.set(new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
    frequencies.#documents = snapshot.documents;
    return frequencies;
  }

  #second(term: number): number {
    return (this.#mask + 1) + (mix32(term ^ 0x5bd1e995) & this.#mask);
  }
}
