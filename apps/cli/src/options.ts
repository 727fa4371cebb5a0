import { InvalidArgumentError, Option, type Command } from 'commander';
import { failUsage } from './errors.js';

/** `--data DIR`, shared by every command that opens the archive. */
export function dataOption(): Option {
  return new Option('--data <dir>', 'archive directory (default: $DATELINE_DATA, else ./.dateline); takes precedence over DATABASE_URL');
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
