import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '@dateline/core';
import { createScratchDatabase } from '@dateline/core/testing';

/** The PostgreSQL server to measure, from BENCH_DATABASE_URL or TEST_DATABASE_URL; undefined skips it. */
export const POSTGRES_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

/** A named, empty store to measure, and how to throw it away. */
export interface BenchStore {
  name: 'pglite' | 'postgres';
  store: Store;
  dispose(): Promise<void>;
}

/** A fresh PGlite store in a temporary data folder (on disk, as users run it). */
export async function freshPglite(): Promise<BenchStore> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  const store = await openStore({ dataDir: dir });
  return { name: 'pglite', store, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** A fresh database on the PostgreSQL server, dropped on dispose. */
export async function freshPostgres(url: string): Promise<BenchStore> {
  const scratch = await createScratchDatabase(url);
  const store = await openStore({ databaseUrl: scratch.url });
  return { name: 'postgres', store, dispose: () => store.close().then(scratch.drop) };
}

/** Both backends where PostgreSQL is configured, else PGlite alone. */
export function backends(): (() => Promise<BenchStore>)[] {
  return POSTGRES_URL ? [freshPglite, () => freshPostgres(POSTGRES_URL)] : [freshPglite];
}
