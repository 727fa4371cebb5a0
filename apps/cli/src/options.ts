import { InvalidArgumentError, Option, type Command } from 'commander';
import { InvalidCursorError } from '@dateline/core';
import { failUsage } from './errors.js';

/** `--data DIR`, shared by every command that opens the archive. */
export function dataOption(): Option {
  return new Option('--data <dir>', 'archive directory (default: $DATELINE_DATA, else ./.dateline); takes precedence over DATABASE_URL');
}

/** The flags `addPageOptions` declares, as commander hands them to the action. */
export interface PageFlags {
  from?: string;
  to?: string;
  limit?: string;
  cursor?: string;
  json?: boolean;
}

/**
 * Adds the flags of a command that prints one page of a listing (--from, --to, --limit, --cursor,
 * --json) to `command`. `items` names what it lists ('articles'); `dated` says how one falls on a
 * date ('dated', 'active'), as the date range means different things for articles and stories.
 */
export function addPageOptions(command: Command, items: string, dated: string): Command {
  // The bounds are those of core's list schemas, which check the values.
  return command
    .addOption(new Option('--from <date>', `only ${items} ${dated} on or after this date (YYYY-MM-DD)`))
    .addOption(new Option('--to <date>', `only ${items} ${dated} on or before this date (YYYY-MM-DD)`))
    .addOption(new Option('--limit <n>', `${items} per page, 1 to 100 (default: 20)`))
    .addOption(new Option('--cursor <cursor>', 'continue after a previous page (printed when there are more)'))
    .addOption(new Option('--json', 'print the page as JSON'));
}

/** What `read` returns; a cursor it rejects (InvalidCursorError) is a usage error on --cursor. */
export async function readPage<T>(command: Command, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof InvalidCursorError) failUsage(command, '--cursor: not a cursor from a previous page');
    throw err;
  }
}

/** Parses a TCP port (0 asks the OS for a free one); anything else is a usage error. */
export function parsePort(value: string): number {
  return parseInteger(value, 0, 65535, 'a port number from 0 to 65535');
}

/** Parses a whole number in [min, max]; anything else is a usage error. */
export function parseInteger(value: string, min: number, max: number, what = `a whole number from ${min} to ${max}`): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new InvalidArgumentError(`Expected ${what}.`);
  return n;
}

/** A zod schema as seen from here: only its safeParse (the CLI does not depend on zod itself). */
interface FlagSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/**
 * `values` as `schema` (one of core's input schemas) outputs them. A rejected value is a usage
 * error naming its flag (`--limit: must be at least 1`), or `labels[key]` for an argument.
 */
export function parseFlags<T>(command: Command, schema: FlagSchema<T>, values: Record<string, unknown>, labels: Record<string, string> = {}): T {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = issue?.path[0];
  const field = key === undefined ? '' : `${labels[String(key)] ?? `--${String(key)}`}: `;
  failUsage(command, `${field}${issue?.message ?? 'invalid options'}`);
}
