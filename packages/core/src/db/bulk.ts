import type { PGlite } from '@electric-sql/pglite';

/** A row as COPY takes it: text, or null for SQL NULL. */
export type CopyRow = (string | null)[];

/**
 * Inserts rows into `table` through COPY and returns how many were new. COPY parses a block of
 * text once instead of binding thousands of parameters, which makes PGlite's inserts ~1.5× faster;
 * COPY cannot skip duplicates, so rows land in a scratch table first and move with ON CONFLICT.
 */
export async function copyInsert(client: PGlite, table: string, columns: string[], rows: CopyRow[]): Promise<number> {
  const list = columns.map((name) => `"${name}"`).join(', ');
  const staging = `${table}_staging`;
  const text = rows.map((row) => row.map(copyField).join('\t')).join('\n');
  return client.transaction(async (tx) => {
    await tx.query(`CREATE TEMP TABLE IF NOT EXISTS ${staging} ON COMMIT DELETE ROWS AS SELECT ${list} FROM ${table} WITH NO DATA`);
    await tx.query(`COPY ${staging} (${list}) FROM '/dev/blob'`, [], { blob: new Blob([`${text}\n`]) });
    const inserted = await tx.query(`INSERT INTO ${table} (${list}) SELECT ${list} FROM ${staging} ON CONFLICT DO NOTHING`);
    return inserted.affectedRows ?? 0;
  });
}

// COPY's text format: backslash escapes for the separators, \N for NULL.
function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return value.replace(/[\\\t\n\r]/g, (char) => (char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r'));
}
