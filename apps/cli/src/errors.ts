import { CommanderError, type Command } from 'commander';

/**
 * The one error the CLI reports: `main` catches it once, prints `error: <message>`
 * on stderr (unless commander already printed it with the usage) and exits with `exitCode`.
 */
export class CliError extends Error {
  override name = 'CliError';
  readonly exitCode: number;
  /** Commander has already written the message and the usage to stderr. */
  readonly reported: boolean;

  constructor(message: string, options: { exitCode?: number; reported?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.exitCode = options.exitCode ?? 1;
    this.reported = options.reported ?? false;
  }
}

/** Exit code for a usage error (unknown command or option, missing or bad argument). */
export const USAGE_EXIT_CODE = 2;

/** Turns commander's own exits (help, version, usage errors) into a CliError. */
export function fromCommanderError(err: CommanderError): CliError {
  // commander exits 0 after --help/--version; everything else it reports is a usage error.
  const exitCode = err.exitCode === 0 ? 0 : USAGE_EXIT_CODE;
  return new CliError(err.message, { exitCode, reported: true, cause: err });
}

/**
 * Reports a usage problem found after parsing (e.g. `--from` after `--to`) exactly like
 * commander reports its own: message, then the command's usage, exit 2. Never returns.
 */
export function failUsage(command: Command, message: string): never {
  command.error(`error: ${message}`, { exitCode: USAGE_EXIT_CODE, code: 'dateline.usage' });
}
