import { openStore, type Store, type StoreConfig } from '@dateline/core';
import { CliError } from './errors.js';

/** Opens the store; a store that cannot be opened (bad path, PostgreSQL down) becomes a CliError. */
export async function openCliStore(config: StoreConfig): Promise<Store> {
  try {
    return await openStore(config);
  } catch (err) {
    const where = config.databaseUrl !== undefined ? redactUrl(config.databaseUrl) : (config.dataDir ?? 'memory');
    throw new CliError(`cannot open the archive at ${where}: ${messageOf(err)}`, { cause: err });
  }
}

/** Runs `use` with an open store and closes the store afterwards, also when `use` throws. */
export async function withStore<T>(config: StoreConfig, use: (store: Store) => Promise<T>): Promise<T> {
  const store = await openCliStore(config);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** The message of an unknown thrown value. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

// Error messages end up in terminals and CI logs; keep passwords out of them.
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}
