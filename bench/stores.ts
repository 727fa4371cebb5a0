import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store, type StoreConfig } from '@dateline/core';
import { createScratchDatabase } from '@dateline/core/testing';

/** The PostgreSQL server to measure, from BENCH_DATABASE_URL or TEST_DATABASE_URL; undefined skips it. */
export const POSTGRES_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

/** A named, empty store to measure, and how to throw it away. */
export interface BenchStore {
  name: 'pglite' | 'postgres';
  store: Store;
  dispose(): Promise<void>;
}

/** A fresh, empty store not opened yet: its config (for another process), and how to open it here. */
export interface ScratchStore {
  config: StoreConfig;
  open(): Promise<BenchStore>;
}

/** A fresh PGlite data folder in the temporary folder (on disk, as users run it); dispose removes it. */
export function scratchPglite(): ScratchStore {
  const dataDir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  return {
    config: { dataDir },
    async open() {
      const store = await openStore({ dataDir });
      return { name: 'pglite', store, dispose: async () => { await store.close(); rmSync(dataDir, { recursive: true, force: true }); } };
    },
  };
}

/** A fresh database on the PostgreSQL server; dispose drops it. */
export async function scratchPostgres(url: string): Promise<ScratchStore> {
  const scratch = await createScratchDatabase(url);
  return {
    config: { databaseUrl: scratch.url },
    async open() {
      const store = await openStore({ databaseUrl: scratch.url });
      return { name: 'postgres', store, dispose: () => store.close().then(scratch.drop) };
    },
  };
}

/** A fresh PGlite store, open. */
export const freshPglite = (): Promise<BenchStore> => scratchPglite().open();

/** A fresh database on the PostgreSQL server, open. */
export const freshPostgres = async (url: string): Promise<BenchStore> => (await scratchPostgres(url)).open();

/** Both backends where PostgreSQL is configured, else PGlite alone. */
export function backends(): (() => Promise<BenchStore>)[] {
  return POSTGRES_URL ? [freshPglite, () => freshPostgres(POSTGRES_URL)] : [freshPglite];
}
