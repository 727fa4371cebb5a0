import { describeFsError, findArticleFiles, MAX_ARTICLE_BYTES, readImportInputs, type ImportInput } from '@dateline/core';

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
      sources.push({ path: arg, error: describeFsError(err) });
    }
  }
  return sources;
}

/**
 * Reads `sources` (from {@link expandPaths}) as import inputs through core's bounded, windowed
 * reader; `-` reads standard input, up to one byte past the article size limit.
 */
export function readInputs(sources: readonly Source[], options: { concurrency: number; stdin: NodeJS.ReadableStream }): AsyncGenerator<ImportInput> {
  const readStdin = async (): Promise<ImportInput> => {
    try {
      return { path: STDIN_PATH, bytes: await readStream(options.stdin, MAX_ARTICLE_BYTES + 1) };
    } catch (err) {
      return { path: STDIN_PATH, error: describeFsError(err) };
    }
  };
  return readImportInputs(
    sources.map((source) => (source === STDIN_ARG ? readStdin : source)),
    options.concurrency,
  );
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
