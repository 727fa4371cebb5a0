import { open } from 'node:fs/promises';
import { findArticleFiles, type ImportInput } from '@dateline/core';
import { messageOf } from './store.js';

/** The path argument meaning "standard input", and how it is shown in reports. */
export const STDIN_ARG = '-';
export const STDIN_PATH = '<stdin>';

/** A file to read (`-` for stdin), or a path that already failed while listing folders. */
export type Source = string | { path: string; error: string };

/**
 * Expands import arguments into the sources to read, in argument order: files as given,
 * folders recursively (`.txt`, via core), `-` as standard input. Missing paths and folders
 * that cannot be listed stay in the list so the import reports them. Only paths are
 * collected, never contents, so a big corpus costs little memory.
 */
export async function expandPaths(args: readonly string[]): Promise<Source[]> {
  const sources: Source[] = [];
  for (const arg of args) {
    // Handled here rather than by core so a stray file or folder named "-" is never read instead.
    if (arg === STDIN_ARG) {
      sources.push(STDIN_ARG);
      continue;
    }
    try {
      for await (const file of findArticleFiles([arg])) sources.push(file);
    } catch (err) {
      sources.push({ path: arg, error: reasonOf(err) });
    }
  }
  return sources;
}

/** Options for {@link readInputs}. */
export interface ReadOptions {
  /** Reads in flight at once. */
  concurrency: number;
  /** Files are read up to this many bytes plus one: an oversized file cannot exhaust memory, yet still fails core's size check. */
  maxBytes: number;
  /** Where `-` reads from. */
  stdin: NodeJS.ReadableStream;
}

/**
 * Reads `sources` (from {@link expandPaths}) as import inputs, in order, with up to
 * `concurrency` reads in flight, so the importer rarely waits on the disk while memory is
 * bounded by the window rather than the corpus. An unreadable file becomes an input
 * carrying its error, which the importer records as rejected.
 */
export async function* readInputs(sources: readonly Source[], options: ReadOptions): AsyncGenerator<ImportInput> {
  const window: Promise<ImportInput>[] = [];
  let next = 0;
  while (next < sources.length || window.length > 0) {
    while (window.length < options.concurrency && next < sources.length) {
      window.push(readInput(sources[next++]!, options));
    }
    yield await window.shift()!;
  }
}

// Never rejects, so reads still in the window when the importer stops early (Ctrl-C)
// can be dropped without becoming unhandled rejections.
async function readInput(file: Source, options: ReadOptions): Promise<ImportInput> {
  if (typeof file !== 'string') return file;
  const path = file === STDIN_ARG ? STDIN_PATH : file;
  try {
    const limit = options.maxBytes + 1;
    return { path, bytes: file === STDIN_ARG ? await readStream(options.stdin, limit) : await readFile(file, limit) };
  } catch (err) {
    return { path, error: reasonOf(err) };
  }
}

async function readFile(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.min(size, limit));
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break; // the file shrank while we read it
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

async function readStream(stream: NodeJS.ReadableStream, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(buffer);
    length += buffer.length;
    if (length >= limit) break; // enough to know it is too big; leaving the loop stops reading
  }
  return Buffer.concat(chunks, length).subarray(0, limit);
}

// Reports say "no such file or directory", not "ENOENT: no such file or directory, open 'x'".
const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many levels of symbolic links',
};

function reasonOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return (code !== undefined ? REASONS[code] : undefined) ?? messageOf(err);
}
