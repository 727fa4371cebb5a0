import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from './db/open.js';

/** A store backend that tests run against. */
export interface TestBackend {
  name: 'pglite' | 'postgres';
  /** Opens a new, empty store; closing it drops what the test wrote. */
  open(): Promise<Store>;
}

/** Both backends: in-memory PGlite, and a fresh database on the PostgreSQL server at TEST_DATABASE_URL. */
export function testBackends(env: Record<string, string | undefined> = process.env): TestBackend[] {
  return [
    { name: 'pglite', open: () => openStore({}) },
    { name: 'postgres', open: () => openScratchPostgres(env.TEST_DATABASE_URL) },
  ];
}

async function openScratchPostgres(serverUrl: string | undefined): Promise<Store> {
  // Failing, not skipping: a suite that silently drops PostgreSQL would hide every PostgreSQL bug.
  if (!serverUrl) {
    throw new Error('TEST_DATABASE_URL is not set: run tests with `npx pnpm@10 check`, or point it at a PostgreSQL server');
  }
  const name = `dateline_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ databaseUrl: url.toString() });
  return {
    ...store,
    async close() {
      await store.close();
      await withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name}`));
    },
  };
}

async function withAdmin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
