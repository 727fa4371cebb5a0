// Builders for the format tests: byte streams, archives and results in a shape easy to assert on.
import { gzipSync } from 'node:zlib';
import { zipSync, type ZipOptions } from 'fflate';
import { pack } from 'tar-stream';
import type { ByteChunks } from './byte-streams.js';
import type { ArticleRecord, RecordResult } from './record.js';

const encoder = new TextEncoder();

/** Text or bytes as bytes. */
export function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? encoder.encode(data) : data;
}

/** The data as a stream of `size`-byte chunks, as a file or a socket would deliver it. */
export async function* chunksOf(data: string | Uint8Array, size = 64 * 1024): AsyncGenerator<Uint8Array> {
  const bytes = bytesOf(data);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Every item of an async iterable. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The records of some results. */
export function recordsOf(results: readonly RecordResult[]): ArticleRecord[] {
  return results.flatMap((r) => ('record' in r ? [r.record] : []));
}

/** The errors of some results, as `line: reason` (or just the reason when there is no line). */
export function errorsOf(results: readonly { location: { line?: number; record?: number }; error?: string }[]): string[] {
  return results.flatMap((r) => (r.error === undefined ? [] : [`${r.location.line ?? r.location.record ?? '-'}: ${r.error}`]));
}

/** A record's body as plain text, blocks separated by blank lines. */
export function bodyOf(record: ArticleRecord): string {
  return record.blocks.map((b) => b.text).join('\n\n');
}

/** A zip archive of the files (deflated unless `level` 0). */
export function makeZip(files: Record<string, string | Uint8Array>, options: ZipOptions = {}): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, bytesOf(data)])), options);
}

/** A tar entry: a file by default, or a directory or link. */
export interface TarFile {
  name: string;
  data?: string | Uint8Array;
  type?: 'file' | 'directory' | 'symlink' | 'link';
  linkname?: string;
}

/** A ustar archive of the entries. */
export async function makeTar(files: readonly TarFile[]): Promise<Uint8Array> {
  const tar = pack();
  const done = collect(tar as AsyncIterable<Uint8Array>);
  for (const file of files) {
    const data = bytesOf(file.data ?? '');
    await new Promise<void>((resolve, reject) =>
      tar.entry({ name: file.name, type: file.type ?? 'file', linkname: file.linkname, size: data.length }, Buffer.from(data), (error) =>
        error ? reject(error) : resolve(),
      ),
    );
  }
  tar.finalize();
  const parts = await done;
  return Buffer.concat(parts);
}

/** The data gzipped. */
export function gzip(data: string | Uint8Array): Uint8Array {
  return gzipSync(bytesOf(data));
}

/** Reads a stream to its end, counting bytes without keeping them. */
export async function drain(chunks: ByteChunks): Promise<number> {
  let total = 0;
  for await (const chunk of chunks) total += chunk.length;
  return total;
}

/** The shared corpora of real articles and feeds (../shared/corpora beside the checkout). */
export const CORPORA = new URL('../../../../../shared/corpora/', import.meta.url);
