import type { Store } from './open.js';

// A global symbol rather than a module variable: the site's server bundle and the CLI may load
// two copies of core, and both must see the one store (PGlite allows one process-wide handle).
const KEY = Symbol.for('dateline.store');
type Holder = { [KEY]?: Promise<Store> };

/** Makes `store` the process-wide store that `sharedStore` returns. */
export function shareStore(store: Store): void {
  (globalThis as Holder)[KEY] = Promise.resolve(store);
}

/** The process-wide store, opened with `open` on first use. */
export function sharedStore(open: () => Promise<Store>): Promise<Store> {
  const holder = globalThis as Holder;
  holder[KEY] ??= open();
  return holder[KEY];
}
