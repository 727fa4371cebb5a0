import type { ArchiveEntry } from './archive-entry.js';
import type { ByteChunks, Expansion } from './byte-streams.js';
import { readTar } from './tar.js';
import { readZip } from './zip.js';

export type { ArchiveEntry } from './archive-entry.js';

/**
 * The entries of a zip or tar archive, streamed one after another (a `.tar.gz` is a tar read
 * through gunzip). Zip entries are guarded against bombs per entry and, with `totals`, across the
 * archive; tar entries cannot expand. Never throws: bad entries and broken archives are errors.
 */
export function readArchive(kind: 'zip' | 'tar', chunks: ByteChunks, totals: Expansion = { compressed: 0, expanded: 0 }): AsyncGenerator<ArchiveEntry> {
  return kind === 'zip' ? readZip(chunks, totals) : readTar(chunks);
}
