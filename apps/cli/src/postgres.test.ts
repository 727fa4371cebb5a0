import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cleanEnv, GUARDIAN_ARTICLES, GUARDIAN_FILES, guardianDir, parseJson, runDateline, seedsDir, startImportPausedAt } from './test/dateline.js';
import { createScratchDatabase } from '@dateline/core/testing';

// The same commands as the PGlite tests, with the archive in PostgreSQL via DATABASE_URL.
let env: NodeJS.ProcessEnv;
let drop: () => Promise<void>;

beforeAll(async () => {
  assertBuilt();
  const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL);
  drop = scratch.drop;
  env = cleanEnv({ DATABASE_URL: scratch.url });
});

afterAll(() => drop?.());

describe('dateline with DATABASE_URL', () => {
  it('imports into PostgreSQL, finds duplicates on a rerun, and searches and exports from it', async () => {
    const first = await runDateline(['import', '--json', seedsDir], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(parseJson(first)).toEqual({ imported: 2, duplicates: 0, rejected: [] });
    const again = await runDateline(['import', '--json', seedsDir], { env });
    expect(parseJson(again)).toEqual({ imported: 0, duplicates: 2, rejected: [] });

    const search = await runDateline(['search', '--json', 'Lavrov'], { env });
    expect(search.code, search.stderr).toBe(0);
    expect(parseJson<{ results: unknown[] }>(search).results).toHaveLength(2);
  });

  it('survives SIGKILL mid-import: a rerun adds exactly what is missing', async () => {
    const { child } = await startImportPausedAt(Math.floor(GUARDIAN_FILES / 2), [], { env });
    child.kill('SIGKILL');
    expect((await child.result).signal).toBe('SIGKILL');

    const rerun = await runDateline(['import', '--json', guardianDir], { env });
    expect(rerun.code, rerun.stderr).toBe(0);
    const report = parseJson<{ imported: number; duplicates: number }>(rerun);
    expect(report.imported + report.duplicates).toBe(GUARDIAN_FILES);
    expect(report.duplicates).toBeGreaterThan(GUARDIAN_FILES - GUARDIAN_ARTICLES);
    expect(report.imported).toBeGreaterThan(0);
    const exported = await runDateline(['export'], { env });
    const ids = exported.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toHaveLength(GUARDIAN_ARTICLES + 2);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
