import { open, opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_ARTICLE_BYTES } from '../parse/dateline.js';
import type { ImportInput } from './import.js';

// What a folder walk imports: dateline text, web pages, exports, feeds and archives of them.
const IMPORT_EXTENSIONS = /\.(?:txt|html?|jsonl|ndjson|json|csv|tsv|xml|rss|atom|gz|tgz|zip|tar)$/i;

/** Yields the paths as given, and for each folder every importable file below it (see IMPORT_EXTENSIONS), sorted; missing paths are yielded too so the import can report them. */
export async function* findArticleFiles(paths: string[]): AsyncGenerator<string> {
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) yield* walk(path);
    else yield path;
  }
}

async function* walk(folder: string): AsyncGenerator<string> {
  const entries: { name: string; dir: boolean }[] = [];
  for await (const entry of await opendir(folder)) {
    if (entry.name.startsWith('.')) continue;
    entries.push({ name: entry.name, dir: entry.isDirectory() });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.dir) yield* walk(path);
    else if (IMPORT_EXTENSIONS.test(entry.name)) yield path;
  }
}

/** What to read: a file path, an input already in hand (or already failed), or a read of its own (standard input). */
export type ImportSource = string | ImportInput | (() => Promise<ImportInput>);

/**
 * Reads sources into ImportInputs, `concurrency` at a time and in order, so the importer rarely
 * waits on the disk while memory stays bounded by the window. A file is read up to
 * MAX_ARTICLE_BYTES + 1 bytes: enough to fail the parser's size check, never a whole stray dump.
 * A file that cannot be read becomes an input carrying the reason.
 */
export async function* readImportInputs(
  sources: AsyncIterable<ImportSource> | Iterable<ImportSource>,
  concurrency = 16,
): AsyncGenerator<ImportInput> {
  const window: Promise<ImportInput>[] = [];
  for await (const source of sources) {
    window.push(readSource(source));
    if (window.length >= concurrency) yield await (window.shift() as Promise<ImportInput>);
  }
  for (const input of window) yield await input;
}

/** Reads one source into an ImportInput; never rejects, so reads still in a window when an import stops early are dropped quietly. */
export async function readSource(source: ImportSource): Promise<ImportInput> {
  if (typeof source === 'function') return source();
  if (typeof source !== 'string') return source;
  try {
    return { path: source, bytes: await readBounded(source, MAX_ARTICLE_BYTES + 1) };
  } catch (error) {
    return { path: source, error: describeFsError(error) };
  }
}

async function readBounded(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.min(size, limit));
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break; // the file shrank while it was read
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

// Reports say "no such file or directory", not "ENOENT: no such file or directory, open 'x'".
const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many levels of symbolic links',
};

/** A short reason for a file-system error, as import reports show it. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code !== undefined ? FS_REASONS[code] : undefined) ?? (error instanceof Error ? error.message : String(error));
}
