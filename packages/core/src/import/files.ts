import { opendir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportInput } from './import.js';

const ARTICLE_EXTENSION = '.txt';

/** Yields the paths as given, and for each folder every `.txt` file below it, sorted; missing paths are yielded too so the import can report them. */
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
    else if (entry.name.toLowerCase().endsWith(ARTICLE_EXTENSION)) yield path;
  }
}

/** Reads each file into an ImportInput, `concurrency` at a time, in order; a file that cannot be read becomes an input carrying the error. */
export async function* readImportInputs(paths: AsyncIterable<string> | Iterable<string>, concurrency = 16): AsyncGenerator<ImportInput> {
  const pending: Promise<ImportInput>[] = [];
  for await (const path of paths) {
    pending.push(readInput(path));
    if (pending.length >= concurrency) yield await (pending.shift() as Promise<ImportInput>);
  }
  for (const input of pending) yield await input;
}

async function readInput(path: string): Promise<ImportInput> {
  try {
    return { path, bytes: await readFile(path) };
  } catch (error) {
    return { path, error: describeFsError(error) };
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}
