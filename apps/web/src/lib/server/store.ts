import { openStore, sharedStore, storeConfigFromEnv, type Store } from '@dateline/core';

/** The process's one store: the one `dateline serve` shared, else opened once from the environment (the only place the site reads it). */
export function getStore(): Promise<Store> {
  return sharedStore(() => openStore(storeConfigFromEnv(process.env, {})));
}
