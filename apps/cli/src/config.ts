import { storeConfigFromEnv, type StoreConfig } from '@dateline/core';
import { CliError } from './errors.js';

/** What the CLI takes from its environment, read once at startup. */
export interface Config {
  /** Where a command's store lives: `--data` DIR, else DATABASE_URL (PostgreSQL), else DATELINE_DATA, else ./.dateline (core's rule). */
  storeConfig(flags: { data?: string | undefined }): StoreConfig;
  /** NO_COLOR is set (https://no-color.org): never style output, even on a terminal. */
  noColor: boolean;
  /** DATELINE_IMPORT_TOKEN: the token `serve` asks of POST /api/import; --import-token overrides it. */
  importToken: string | undefined;
}

/** Reads and checks the variables the CLI uses; throws CliError for a malformed DATABASE_URL. Nothing else reads process.env. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty variable (`DATABASE_URL= dateline …`) means unset, as in most CLIs.
  const storeEnv = {
    DATELINE_DATA: nonEmpty(env.DATELINE_DATA),
    DATABASE_URL: nonEmpty(env.DATABASE_URL),
  };
  if (storeEnv.DATABASE_URL !== undefined && !/^postgres(ql)?:\/\//.test(storeEnv.DATABASE_URL)) {
    throw new CliError('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  return {
    storeConfig: (flags) => storeConfigFromEnv(storeEnv, { data: nonEmpty(flags.data) }),
    noColor: nonEmpty(env.NO_COLOR) !== undefined,
    importToken: nonEmpty(env.DATELINE_IMPORT_TOKEN),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
