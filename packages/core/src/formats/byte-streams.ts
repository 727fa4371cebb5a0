import { MAX_COMPRESSION_RATIO, MAX_EXPANDED_BYTES, RATIO_GRACE_BYTES } from './limits.js';

// Reasons end up in import reports: one line, not a library's whole message.
const MAX_REASON_CHARS = 200;

/** A byte stream: a file or standard input read in chunks, or an archive entry as it expands. */
export type ByteChunks = AsyncIterable<Uint8Array>;

/** A stream whose first bytes have been read to sniff its format; `chunks` still starts at byte 0. */
export interface PeekedStream {
  head: Uint8Array;
  chunks: ByteChunks;
  /** Stops the underlying stream when `chunks` will not be read to its end (or not at all). */
  close(): Promise<void>;
}

/** The parts joined into one array; a single part is returned as is, without copying. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const size = parts.reduce((n, part) => n + part.length, 0);
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Reads at least `size` bytes (fewer when the stream is shorter) and returns them with the whole stream. */
export async function peekHead(source: ByteChunks, size: number): Promise<PeekedStream> {
  const iterator = source[Symbol.asyncIterator]();
  const read: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  // A stream that fails after some bytes (a truncated archive) still shows them; the error comes after.
  let failure: { error: unknown } | undefined;
  while (total < size) {
    let next: IteratorResult<Uint8Array>;
    try {
      next = await iterator.next();
    } catch (error) {
      if (total === 0) throw error;
      failure = { error };
      ended = true;
      break;
    }
    if (next.done) {
      ended = true;
      break;
    }
    read.push(next.value);
    total += next.value.length;
  }
  const start = concatBytes(read);
  const close = async () => {
    if (ended) return;
    ended = true;
    await iterator.return?.();
  };
  async function* chunks(): AsyncGenerator<Uint8Array> {
    try {
      if (start.length > 0) yield start;
      if (failure) throw failure.error;
      while (!ended) {
        const next = await iterator.next();
        if (next.done) ended = true;
        else yield next.value;
      }
    } finally {
      await close();
    }
  }
  return { head: start.subarray(0, size), chunks: chunks(), close };
}

/** The whole stream in one array, or null as soon as it passes `limit` bytes (the rest is never read). */
export async function readAll(source: ByteChunks, limit: number): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > limit) return null;
    parts.push(chunk);
  }
  return concatBytes(parts);
}

/** Running totals of one decompression: bytes read in, bytes produced out. */
export interface Expansion {
  compressed: number;
  expanded: number;
}

/**
 * Passes decompressed chunks through while counting them; throws once the output passes
 * MAX_EXPANDED_BYTES, or MAX_COMPRESSION_RATIO times the compressed bytes read so far (after
 * RATIO_GRACE_BYTES), so a zip bomb stops after a few megabytes instead of filling the disk or the clock.
 */
export async function* guardExpansion(source: ByteChunks, totals: Expansion, what: string): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    totals.expanded += chunk.length;
    if (totals.expanded > MAX_EXPANDED_BYTES) {
      throw new Error(`${what} expands to more than ${MAX_EXPANDED_BYTES / 2 ** 30} GiB; refused`);
    }
    if (totals.expanded > RATIO_GRACE_BYTES && totals.expanded > totals.compressed * MAX_COMPRESSION_RATIO) {
      throw new Error(`${what} expands more than ${MAX_COMPRESSION_RATIO} times its compressed size: a likely zip bomb; refused`);
    }
    yield chunk;
  }
}

/** Counts the bytes read from `source` into `totals.compressed`. */
export async function* countCompressed(source: ByteChunks, totals: Expansion): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    totals.compressed += chunk.length;
    yield chunk;
  }
}

/** UTF-16 text (after its byte order mark) re-encoded as UTF-8, chunk by chunk. */
export async function* utf16ToUtf8(source: ByteChunks, encoding: 'utf-16le' | 'utf-16be'): AsyncGenerator<Uint8Array> {
  // Not fatal: an unpaired surrogate becomes U+FFFD, which the parsers then treat like any bad text.
  const decoder = new TextDecoder(encoding);
  const encoder = new TextEncoder();
  for await (const chunk of source) {
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield encoder.encode(text);
  }
  const rest = decoder.decode();
  if (rest !== '') yield encoder.encode(rest);
}

/** An error's message, cut to one report line. */
export function describeError(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  return message.length > MAX_REASON_CHARS ? `${message.slice(0, MAX_REASON_CHARS)}…` : message;
}

/** The reason given when a stream fails (a read error, a truncated archive, a cap passed), before any byte or part-way. */
export function readFailure(error: unknown, atStart = false): string {
  return `could not read ${atStart ? 'the input' : 'the rest of the input'}: ${describeError(error)}`;
}
