import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '@dateline/core';

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
export async function freshPostgres(url: string, name = 'dateline_bench'): Promise<BenchStore> {
  await admin(url, `DROP DATABASE IF EXISTS ${name}`);
  await admin(url, `CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const store = await openStore({ databaseUrl: target.toString() });
  return { name: 'postgres', store, dispose: async () => { await store.close(); await admin(url, `DROP DATABASE IF EXISTS ${name}`); } };
}

/** Both backends where PostgreSQL is configured, else PGlite alone. */
export function backends(): (() => Promise<BenchStore>)[] {
  return POSTGRES_URL ? [freshPglite, () => freshPostgres(POSTGRES_URL)] : [freshPglite];
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
