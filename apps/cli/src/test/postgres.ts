// Scratch PostgreSQL databases for running the CLI with DATABASE_URL.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Creates an empty database on the TEST_DATABASE_URL server; `drop` removes it. Fails, never skips, without a server. */
export async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL;
  // Like core's tests: a suite that silently skipped PostgreSQL would hide every PostgreSQL bug.
  if (!server) throw new Error('TEST_DATABASE_URL is not set: run the tests with `npx pnpm@10 check` (scripts/with-test-services.sh starts a server)');
  const name = `dateline_cli_${randomBytes(6).toString('hex')}`;
  await admin(server, `CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
