import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema.js';

/** The drizzle handle every query takes; the same type on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Where the articles live: a PostgreSQL server when `databaseUrl` is set, else embedded PGlite. */
export interface StoreConfig {
  databaseUrl?: string;
  /** PGlite data folder; undefined or `memory://` keeps the store in memory. */
  dataDir?: string;
}

/** An open store; close it to flush PGlite and end PostgreSQL connections. */
export interface Store {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));
// Any fixed number: serialises migrations when several processes open one PostgreSQL database.
const MIGRATION_LOCK = 20220121;

/** Opens the store the config names and brings its schema up to date. */
export async function openStore(config: StoreConfig): Promise<Store> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}

/** Resolves the store from flags and environment: `--data` > DATELINE_DATA > ./.dateline; DATABASE_URL selects PostgreSQL. */
export function storeConfigFromEnv(env: Record<string, string | undefined>, flags: { data?: string } = {}): StoreConfig {
  if (env.DATABASE_URL && !flags.data) return { databaseUrl: env.DATABASE_URL };
  return { dataDir: flags.data ?? env.DATELINE_DATA ?? '.dateline' };
}

async function openPglite(dataDir: string | undefined): Promise<Store> {
  const inMemory = dataDir === undefined || dataDir.startsWith('memory://');
  if (!inMemory) await mkdir(dataDir, { recursive: true });
  const client = await PGlite.create(inMemory ? undefined : dataDir);
  const db = drizzlePglite({ client, schema });
  await migratePglite(db, { migrationsFolder });
  return { db, kind: 'pglite', close: () => client.close() };
}

async function openPostgres(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrateNodePg(drizzleNodePg({ client, schema }), { migrationsFolder });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
  const db = drizzleNodePg({ client: pool, schema });
  return { db, kind: 'postgres', close: () => pool.end() };
}

