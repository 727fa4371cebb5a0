import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { countCompressed, guardExpansion, type ByteChunks, type Expansion } from './byte-streams.js';

/**
 * The decompressed bytes of gzip data (all members, as `cat a.gz b.gz` makes), streamed and
 * guarded by guardExpansion; truncated or corrupt data makes the stream throw an Error saying so.
 */
export function gunzip(source: ByteChunks, what = 'gzip data'): ByteChunks {
  const totals: Expansion = { compressed: 0, expanded: 0 };
  // pipeline() forwards a failing source into the gunzip stream and closes both when reading stops early.
  const inflated = pipeline(Readable.from(countCompressed(source, totals)), createGunzip(), () => {});
  return guardExpansion(explainErrors(inflated), totals, what);
}

async function* explainErrors(stream: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    yield* stream;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code?.startsWith('Z_')) throw new Error(`gzip data is truncated or corrupt (${(error as Error).message})`);
    throw error;
  }
}
