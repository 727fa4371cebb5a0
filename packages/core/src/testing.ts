import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from './db/open.js';

/** A store backend that tests run against. */
export interface TestBackend {
  name: 'pglite' | 'postgres';
  /** Opens a new, empty store; closing it drops what the test wrote. */
  open(): Promise<Store>;
}

/** An empty database of its own on a PostgreSQL server. */
export interface ScratchDatabase {
  url: string;
  /** Drops the database, closing any connection still open to it. */
  drop(): Promise<void>;
}

/** Both backends: in-memory PGlite, and a fresh database on the PostgreSQL server at TEST_DATABASE_URL. */
export function testBackends(env: Record<string, string | undefined> = process.env): TestBackend[] {
  return [
    { name: 'pglite', open: () => openStore({}) },
    {
      name: 'postgres',
      async open() {
        const scratch = await createScratchDatabase(env.TEST_DATABASE_URL);
        const store = await openStore({ databaseUrl: scratch.url });
        return { ...store, close: () => store.close().then(scratch.drop) };
      },
    },
  ];
}

/** Creates an empty database on the server at `serverUrl`; throws, never skips, when no server is given. */
export async function createScratchDatabase(serverUrl: string | undefined): Promise<ScratchDatabase> {
  // Failing, not skipping: a suite that silently drops PostgreSQL would hide every PostgreSQL bug.
  if (!serverUrl) {
    throw new Error('TEST_DATABASE_URL is not set: run tests with `npx -y pnpm@10 test`, or point it at a PostgreSQL server');
  }
  const name = `dateline_scratch_${randomBytes(6).toString('hex')}`;
  await runAdmin(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => runAdmin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function runAdmin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
