import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from './open.js';

/** A transaction on the store's own client, for what drizzle cannot say: COPY, and statements over arrays. */
export interface RawTransaction {
  /** Runs one statement with $n parameters (arrays bind as PostgreSQL arrays). */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[]; affected: number }>;
  /** COPY … FROM with `lines` in COPY's text format (UTF-8, each ending in a newline); `target` is `table (columns)`. */
  copyIn(target: string, lines: Uint8Array[]): Promise<void>;
}

/** Runs `work` in one transaction on the store's client (PGlite, or a pooled node-postgres connection). */
export async function rawTransaction<T>(db: Db, work: (tx: RawTransaction) => Promise<T>): Promise<T> {
  const client = (db as { $client?: unknown }).$client;
  if (client instanceof PGlite) return client.transaction((tx) => work(pgliteTransaction(tx)));
  if (!(client instanceof pg.Pool)) throw new Error('rawTransaction needs a PGlite or node-postgres store');
  const connection = await client.connect();
  try {
    await connection.query('BEGIN');
    const result = await work({
      async query<R>(text: string, params: unknown[] = []) {
        const answer = await connection.query(text, params);
        return { rows: answer.rows as R[], affected: answer.rowCount ?? 0 };
      },
      copyIn: (target, lines) => pipeline(Readable.from(lines), connection.query(copyFrom(`COPY ${target} FROM STDIN`))),
    });
    await connection.query('COMMIT');
    return result;
  } catch (error) {
    await connection.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    connection.release();
  }
}

/**
 * COPYs `lines` into a session-local scratch copy of `table`'s `columns`, emptied at commit, and
 * returns its name. COPY cannot skip rows that already exist, so callers move the rows across with
 * INSERT … SELECT … ON CONFLICT.
 */
export async function stageRows(tx: RawTransaction, table: string, columns: readonly string[], lines: Uint8Array[]): Promise<string> {
  const staging = `${table}_staging`;
  const list = columns.map((name) => `"${name}"`).join(', ');
  await tx.query(`CREATE TEMP TABLE IF NOT EXISTS ${staging} ON COMMIT DELETE ROWS AS SELECT ${list} FROM ${table} WITH NO DATA`);
  await tx.copyIn(`${staging} (${list})`, lines);
  return staging;
}

function pgliteTransaction(tx: Transaction): RawTransaction {
  return {
    async query<R>(text: string, params: unknown[] = []) {
      const answer = await tx.query<R>(text, params);
      return { rows: answer.rows, affected: answer.affectedRows ?? 0 };
    },
    async copyIn(target, lines) {
      // PGlite reads COPY input from a blob it mounts at /dev/blob.
      await tx.query(`COPY ${target} FROM '/dev/blob'`, [], { blob: new Blob(lines) });
    },
  };
}
