import { Readable } from 'node:stream';
import { extract } from 'tar-stream';
import type { ArchiveEntry } from './archive-entry.js';
import { describeError, type ByteChunks } from './byte-streams.js';
import { entryLabel, judgeEntryName } from './entry-names.js';

const FILE_TYPES = new Set(['file', 'contiguous-file']);

/**
 * The regular files of a tar archive (ustar, pax, GNU long names), streamed in order. Directories
 * are passed over; links, devices and unsafe paths are refused by name, and links are never
 * followed. Never throws: a truncated or corrupt archive ends with an error.
 */
export async function* readTar(source: ByteChunks): AsyncGenerator<ArchiveEntry> {
  const tar = extract();
  const input = Readable.from(source);
  input.on('error', (error) => tar.destroy(error));
  input.pipe(tar);
  const entries = tar[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: Awaited<ReturnType<typeof entries.next>>;
      try {
        next = await entries.next();
      } catch (error) {
        yield { error: `tar archive is truncated or corrupt: ${describeError(error)}` };
        return;
      }
      if (next.done) return;
      const stream = next.value;
      const { name, type, linkname } = stream.header;
      const entry = entryLabel(name);
      const verdict = judgeEntryName(name);
      const body = stream[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
      if (type === 'directory' || verdict === 'skip') {
        // nothing to read
      } else if (type === 'symlink' || type === 'link') {
        yield { entry, error: `${type === 'symlink' ? 'symbolic' : 'hard'} link to ${entryLabel(linkname ?? '')}: links are not followed` };
      } else if (!FILE_TYPES.has(type ?? 'file')) {
        yield { entry, error: `not a regular file (${type})` };
      } else if (verdict !== 'read') {
        yield { entry, error: verdict.refuse };
      } else {
        yield { entry, chunks: shield(body) };
      }
      // The rest is read and dropped: tar-stream moves to the next header only once an entry is consumed,
      // and destroying the entry would destroy the whole archive.
      try {
        for (let chunk = await body.next(); !chunk.done; chunk = await body.next());
      } catch {
        // The archive's own error arrives through entries.next() above.
      }
    }
  } finally {
    input.destroy();
    tar.destroy();
  }
}

/** The entry's chunks, without letting a reader that stops early close the entry (see readTar). */
async function* shield(body: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  for (let chunk = await body.next(); !chunk.done; chunk = await body.next()) yield chunk.value;
}
