import { InvalidArgumentError, Option } from 'commander';

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
