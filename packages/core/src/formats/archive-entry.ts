import type { ByteChunks } from './byte-streams.js';

/**
 * One entry of an archive: its path and its bytes, streamed, or why it was refused (`entry` is
 * absent when the archive itself failed). Read or abandon each entry's chunks before asking for
 * the next entry; whatever is left unread is skipped then.
 */
export type ArchiveEntry = { entry: string; chunks: ByteChunks } | { entry?: string; error: string };
