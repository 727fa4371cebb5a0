import { Unzip, UnzipInflate, type AsyncFlateStreamHandler, type UnzipFile } from 'fflate';
import type { ArchiveEntry } from './archive-entry.js';
import { describeError, guardExpansion, type ByteChunks, type Expansion } from './byte-streams.js';
import { entryLabel, judgeEntryName } from './entry-names.js';

// Compressed bytes handed to fflate at a time. It inflates each push synchronously, and deflate
// expands at most 1032×, so one push yields at most ~16 MiB before the guards can look at it.
const SLICE_BYTES = 16 * 1024;
const STORED = 0;
const DEFLATE = 8;

/** One zip entry as it is read: its decompressed chunks so far and how it ended. */
interface PendingFile {
  name: string;
  chunks: Uint8Array[];
  ended: boolean;
  error?: Error;
  /** Compressed bytes pushed while this entry was being read, for its compression ratio. */
  totals: Expansion;
}

/**
 * The entries of a zip archive read front to back from a stream (local headers; the central
 * directory at the end is not needed), each decompressed as it is read and guarded against zip
 * bombs. Entries in methods other than stored and deflate are refused by name. Never throws:
 * a truncated or corrupt archive ends with an error.
 */
export async function* readZip(source: ByteChunks, archive: Expansion): AsyncGenerator<ArchiveEntry> {
  const files: PendingFile[] = [];
  const unzip = new Unzip((file) => {
    // An unknown method would otherwise throw inside fflate and leave the entry's data buffered there.
    if (file.compression !== STORED && file.compression !== DEFLATE) unzip.register(refusing(file.compression));
    files.push(open(file));
  });
  unzip.register(UnzipInflate);

  const input = source[Symbol.asyncIterator]();
  let pending: Uint8Array = new Uint8Array(0);
  const state: ZipState = { ended: false };
  /** Pushes one slice to fflate; false once the input is used up (or broken). */
  const pump = async (): Promise<boolean> => {
    if (state.ended) return false;
    try {
      if (pending.length === 0) {
        const next = await input.next();
        if (next.done) {
          state.ended = true;
          unzip.push(new Uint8Array(0), true);
          return false;
        }
        pending = next.value;
      }
      const slice = pending.subarray(0, SLICE_BYTES);
      pending = pending.subarray(SLICE_BYTES);
      const current = files.at(-1);
      if (current) current.totals.compressed += slice.length;
      archive.compressed += slice.length;
      unzip.push(slice, false);
    } catch (error) {
      state.ended = true;
      state.failure = describeError(error);
      return false;
    }
    return true;
  };

  try {
    for (;;) {
      // files[0] is the entry being read; entries already read are dropped so a million-entry zip holds none of them.
      while (files.length === 0 && (await pump()));
      const file = files[0];
      if (!file) break;
      const verdict = judgeEntryName(file.name);
      const entry = entryLabel(file.name);
      if (verdict === 'read') {
        const chunks = guardExpansion(guardExpansion(fileChunks(file, files, pump, state), file.totals, entry), archive, 'the archive');
        yield { entry, chunks };
      } else if (verdict !== 'skip') {
        yield { entry, error: verdict.refuse };
      }
      // Whatever the reader left is read and dropped, so the next entry starts where it should.
      while (!file.ended && !file.error && files.length === 1 && (await pump())) file.chunks = [];
      files.shift();
    }
    if (state.failure !== undefined && !state.reported) yield { error: `zip archive is truncated or corrupt: ${state.failure}` };
  } finally {
    await input.return?.();
  }
}

interface ZipState {
  /** No more input will be pushed: it ran out or fflate failed. */
  ended: boolean;
  failure?: string;
  /** The failure was already reported through the entry it cut short. */
  reported?: boolean;
}

function open(file: UnzipFile): PendingFile {
  const pending: PendingFile = { name: file.name, chunks: [], ended: false, totals: { compressed: 0, expanded: 0 } };
  const ondata: AsyncFlateStreamHandler = (error, data, final) => {
    if (error) pending.error ??= error;
    else if (data && data.length > 0) pending.chunks.push(data);
    if (final) pending.ended = true;
  };
  file.ondata = ondata;
  // Started at once, so its data flows to its own queue in order and is never held back by fflate.
  file.start();
  return pending;
}

async function* fileChunks(file: PendingFile, files: readonly PendingFile[], pump: () => Promise<boolean>, state: ZipState): AsyncGenerator<Uint8Array> {
  for (;;) {
    const chunk = file.chunks.shift();
    if (chunk) {
      yield chunk;
      continue;
    }
    if (file.error) throw new Error(`cannot decompress entry: ${describeError(file.error)}`);
    // A later entry has begun: this one is complete (its data descriptor, if any, came before).
    if (file.ended || files.length > 1) return;
    if (!(await pump())) {
      state.reported = true;
      throw new Error(`zip archive ends in the middle of this entry${state.failure !== undefined ? ` (${state.failure})` : ''}`);
    }
  }
}

/** A decoder for a compression method we cannot read: it reports once, then drops the data. */
function refusing(method: number) {
  return class {
    static compression = method;
    ondata: AsyncFlateStreamHandler = () => {};
    private reported = false;
    push(_chunk: Uint8Array, final: boolean): void {
      if (!this.reported) this.ondata(Object.assign(new Error(`compression method ${method} is not supported (only stored and deflate)`), { code: 14 }), new Uint8Array(0), final);
      else if (final) this.ondata(null, new Uint8Array(0), true);
      this.reported = true;
    }
  };
}
