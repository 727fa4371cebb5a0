// Runs the built `dateline` command for the CLI's tests, the way a user would.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '@dateline/core';

/** The built entry point; the tests exercise exactly what users run. */
export const cliPath = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
/** Two sample articles (shared fixtures beside the repository, same layout in CI). */
export const seedsDir = fileURLToPath(new URL('../../../../../shared/seeds', import.meta.url));
/** 188 Guardian article files; 10 of them repeat another byte for byte, so 178 distinct articles. */
export const guardianDir = fileURLToPath(new URL('../../../../../shared/corpora/dateline/russia-ukraine-guardian', import.meta.url));
export const GUARDIAN_FILES = 188;
export const GUARDIAN_ARTICLES = 178;

/** Fails with a clear message when dist/ is missing instead of every test failing on ENOENT. */
export function assertBuilt(): void {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} does not exist: build the CLI first (npx pnpm@10 --filter @dateline/cli build)`);
  for (const dir of [seedsDir, guardianDir]) {
    if (!existsSync(dir)) throw new Error(`test fixtures missing: ${dir} (the shared folder must sit beside the repository)`);
  }
}

/** A fresh, empty archive directory that `cleanup` removes. */
export async function makeDataDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'dateline-cli-test-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** What a finished run printed and how it exited. */
export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * The test environment plus `extra`, never pointing at a user's real archive: DATABASE_URL is
 * dropped unless given in `extra`, and DATELINE_DATA names a path that cannot be created, so a
 * test that forgets `--data` fails loudly instead of writing ./.dateline.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  env.DATELINE_DATA = '/dev/null/tests-must-pass---data';
  return { ...env, ...extra };
}

/** Starts `dateline ...args` with piped stdio. */
export function startDateline(args: string[], options: { env?: NodeJS.ProcessEnv } = {}): ChildProcessWithoutNullStreams & { result: Promise<RunResult> } {
  const child = spawn(process.execPath, [cliPath, ...args], { env: options.env ?? cleanEnv() });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // A child that exits without reading stdin makes our pending writes fail with EPIPE; that is its business.
  child.stdin.on('error', () => undefined);
  const result = new Promise<RunResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return Object.assign(child, { result });
}

/** Runs `dateline ...args` to completion, feeding `input` (or nothing) on stdin. */
export async function runDateline(args: string[], options: { input?: string | Uint8Array; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  const child = startDateline(args, options);
  child.stdin.end(options.input);
  return child.result;
}

/** Parses stdout as JSON, with the whole run in the error when it is not. */
export function parseJson<T>(run: RunResult): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.code}):\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
}

/** The Guardian corpus files, sorted, as individual paths. */
export function guardianFiles(): string[] {
  const files = readdirSync(guardianDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(guardianDir, name));
  if (files.length !== GUARDIAN_FILES) throw new Error(`expected ${GUARDIAN_FILES} files in ${guardianDir}, found ${files.length}`);
  return files;
}

/**
 * A valid article of about 270 KB: more than a pipe holds, so once a write of it to the
 * CLI's stdin drains, the CLI has certainly started reading stdin.
 */
export function longArticle(date: string): string {
  const paragraph = 'The negotiators met again on Tuesday and agreed to keep talking about the corridor. '.repeat(40);
  return ` date ${date} ${Array.from({ length: 80 }, () => paragraph).join('\n\n')}\n`;
}

/**
 * Starts an import of the Guardian files (batches of 10) with stdin placed at `stdinAt` in the
 * list, and resolves once the CLI reads stdin. It reads at most 16 files ahead of the importer,
 * so by then the importer has taken at least `stdinAt - 15` files: an interruption lands
 * mid-way for certain rather than by timing. Stdin stays open until the caller ends it.
 */
export async function startImportPausedAt(stdinAt: number, args: string[], options: { env?: NodeJS.ProcessEnv } = {}) {
  const files = guardianFiles();
  const child = startDateline(['import', '--json', '--batch-size', '10', ...args, ...files.slice(0, stdinAt), '-', ...files.slice(stdinAt)], options);
  const stdin = longArticle('2022-03-05');
  if (!child.stdin.write(stdin)) await new Promise((resolve) => child.stdin.once('drain', resolve));
  return { child, stdin, files };
}

/** Resolves once `stream` has carried `text`. */
export function waitForOutput(stream: NodeJS.ReadableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    let seen = '';
    const onData = (chunk: string | Buffer): void => {
      seen += chunk.toString();
      if (seen.includes(text)) {
        stream.off('data', onData);
        resolve();
      }
    };
    stream.on('data', onData);
  });
}

/** How many articles the archive's stories hold, summed over every page of `dateline stories --json ...args`. */
export async function countArticlesInStories(args: string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<number> {
  let total = 0;
  let cursor: string | null = null;
  do {
    const run = await runDateline(['stories', '--json', '--limit', '100', ...args, ...(cursor ? ['--cursor', cursor] : [])], options);
    if (run.code !== 0) throw new Error(`dateline stories failed (exit ${run.code}): ${run.stderr}`);
    const page = parseJson<{ items: { articleCount: number }[]; nextCursor: string | null }>(run);
    total += page.items.reduce((sum, story) => sum + story.articleCount, 0);
    cursor = page.nextCursor;
  } while (cursor);
  return total;
}

/**
 * Makes the PGlite archive in `dataDir` look like one made before enrichment existed, as the
 * migration that added it leaves such an archive: no quotes, entities or dates, every article
 * queued to be analysed.
 */
export async function forgetEnrichment(dataDir: string): Promise<void> {
  const store = await openStore({ dataDir });
  try {
    const client = (store.db as unknown as { $client: { exec(sql: string): Promise<unknown> } }).$client;
    await client.exec(`
      DELETE FROM article_enrichment; DELETE FROM article_entities; DELETE FROM article_quotes; DELETE FROM entities;
      INSERT INTO enrichment_queue (article_id) SELECT id FROM articles;`);
  } finally {
    await store.close();
  }
}
