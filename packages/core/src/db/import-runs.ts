import { hostname } from 'node:os';
import { and, asc, desc, eq, gt, isNull, lt } from 'drizzle-orm';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { Db } from './open.js';
import type { RawTransaction } from './raw.js';
import { importRejections, importRuns } from './schema.js';
import type { Page } from '../model.js';

/** Where a run is: still going, finished, stopped on request, failed, or killed (its process is gone). */
export type ImportRunStatus = 'running' | 'done' | 'stopped' | 'failed' | 'interrupted';

/** One import as `dateline imports` lists it. */
export interface ImportRun {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  status: ImportRunStatus;
  sources: string[];
  imported: number;
  duplicates: number;
  rejected: number;
  error: string | null;
}

/** An input a run refused: where it was (file, archive entry, line or record) and why. */
export interface ImportRejection {
  position: number;
  location: string;
  reason: string;
}

/** Records a new run of an import of `sources` and returns its id; first marks runs on this host whose process is gone as interrupted. */
export async function startImportRun(db: Db, sources: string[]): Promise<number> {
  await markDeadRuns(db);
  const [row] = await db
    .insert(importRuns)
    .values({ status: 'running', sources, host: hostname(), pid: process.pid })
    .returning({ id: importRuns.id });
  if (!row) throw new Error('import run was not recorded');
  return row.id;
}

/** Closes a run with its final status (and the error that ended it, for a failed run). */
export async function finishImportRun(db: Db, id: number, status: Exclude<ImportRunStatus, 'running' | 'interrupted'>, error?: string): Promise<void> {
  await db
    .update(importRuns)
    .set({ status, finishedAt: new Date().toISOString(), error: error ?? null })
    .where(eq(importRuns.id, id));
}

/**
 * Adds one batch's outcome to its run inside the batch's own transaction, so the counts and the
 * rejections on record never disagree with the articles stored, whenever the process dies.
 */
export async function recordImportBatch(
  tx: RawTransaction,
  runId: number,
  outcome: { imported: number; duplicates: number; rejections: { location: string; reason: string }[] },
): Promise<void> {
  const { rejections } = outcome;
  if (rejections.length > 0) {
    await tx.query(
      `INSERT INTO import_rejections (run_id, position, location, reason)
       SELECT $1, (SELECT rejected FROM import_runs WHERE id = $1) + ordinality, location, reason
       FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS r(location, reason)`,
      [runId, rejections.map((r) => r.location), rejections.map((r) => r.reason)],
    );
  }
  await tx.query(
    'UPDATE import_runs SET imported = imported + $2, duplicates = duplicates + $3, rejected = rejected + $4 WHERE id = $1',
    [runId, outcome.imported, outcome.duplicates, rejections.length],
  );
}

/** Import runs, newest first, a page at a time. */
export async function listImportRuns(db: Db, params: { limit: number; cursor?: string }): Promise<Page<ImportRun>> {
  await markDeadRuns(db);
  const after = params.cursor ? decodeCursor(params.cursor, ['index'])[0] : undefined;
  const rows = await db
    .select(runColumns)
    .from(importRuns)
    .where(after === undefined ? undefined : lt(importRuns.id, after))
    .orderBy(desc(importRuns.id))
    .limit(params.limit + 1);
  const items = rows.slice(0, params.limit).map(withIsoTimes);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > params.limit && last ? encodeCursor([last.id]) : null };
}

/** One run with a page of its rejections in input order, or undefined when there is no such run. */
export async function getImportRun(
  db: Db,
  id: number,
  params: { limit: number; cursor?: string },
): Promise<(ImportRun & { rejections: Page<ImportRejection> }) | undefined> {
  await markDeadRuns(db);
  const [run] = await db.select(runColumns).from(importRuns).where(eq(importRuns.id, id));
  if (!run) return undefined;
  const after = params.cursor ? decodeCursor(params.cursor, ['index'])[0] : 0;
  const rows = await db
    .select({ position: importRejections.position, location: importRejections.location, reason: importRejections.reason })
    .from(importRejections)
    .where(and(eq(importRejections.runId, id), gt(importRejections.position, after)))
    .orderBy(asc(importRejections.position))
    .limit(params.limit + 1);
  const items = rows.slice(0, params.limit);
  const last = items.at(-1);
  return { ...withIsoTimes(run), rejections: { items, nextCursor: rows.length > params.limit && last ? encodeCursor([last.position]) : null } };
}

// PostgreSQL's text form ("2026-11-24 12:00:00.1+00") as ISO 8601, as the rest of the API gives times.
function withIsoTimes(run: ImportRun): ImportRun {
  return { ...run, startedAt: new Date(run.startedAt).toISOString(), finishedAt: run.finishedAt && new Date(run.finishedAt).toISOString() };
}

const runColumns = {
  id: importRuns.id,
  startedAt: importRuns.startedAt,
  finishedAt: importRuns.finishedAt,
  status: importRuns.status,
  sources: importRuns.sources,
  imported: importRuns.imported,
  duplicates: importRuns.duplicates,
  rejected: importRuns.rejected,
  error: importRuns.error,
};

// A run killed with SIGKILL never writes its end; on its own host a dead pid tells. Runs on other
// hosts (several importers on one PostgreSQL) are left for their own host to judge.
async function markDeadRuns(db: Db): Promise<void> {
  const running = await db
    .select({ id: importRuns.id, pid: importRuns.pid })
    .from(importRuns)
    .where(and(eq(importRuns.status, 'running'), eq(importRuns.host, hostname()), isNull(importRuns.finishedAt)));
  for (const run of running) {
    if (run.pid !== process.pid && !isAlive(run.pid)) {
      await db.update(importRuns).set({ status: 'interrupted' }).where(eq(importRuns.id, run.id));
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
