// Kills `dateline import` with SIGKILL at random moments and checks after each kill that the
// archive is consistent, then that running the same command again completes the import: no
// article missing, none twice. The import mixes article files, a JSONL export and a gzipped one.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { openStore } from '@dateline/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, guardianFiles, makeDataDir, parseJson, runDateline, startDateline } from '../test/dateline.js';

const KILLS = 20;
const reutersJsonl = fileURLToPath(new URL('../../../../../shared/corpora/jsonl/reuters21578.jsonl', import.meta.url));

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(cleanups.map((cleanup) => cleanup()));
});

async function dataDir(): Promise<string> {
  const { dir, cleanup } = await makeDataDir();
  cleanups.push(cleanup);
  return dir;
}

/** Article ids in the archive, through `dateline export`. */
async function exportedIds(data: string): Promise<string[]> {
  const run = await runDateline(['export', '--data', data]);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (JSON.parse(line) as { id: string }).id);
}

/** The invariants a kill must never break, read straight from the store. */
async function checkConsistent(data: string): Promise<{ articles: number }> {
  const store = await openStore({ dataDir: data });
  try {
    const one = async (query: string) => {
      const result = await store.db.execute(query);
      return Number((result as unknown as { rows: Record<string, unknown>[] }).rows[0]?.n);
    };
    const articles = await one('SELECT count(*) AS n FROM articles');
    // Each article is written whole: with its enrichment, and either placed or waiting in the queue.
    expect(await one('SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_enrichment e WHERE e.article_id = a.id)')).toBe(0);
    expect(
      await one(`SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_stories s WHERE s.article_id = a.id)
                 AND NOT EXISTS (SELECT 1 FROM story_queue q WHERE q.article_id = a.id)`),
    ).toBe(0);
    // Each batch records its outcome in its own transaction: the runs account for every article and rejection.
    expect(await one('SELECT coalesce(sum(imported), 0) AS n FROM import_runs')).toBe(articles);
    expect(await one('SELECT count(*) AS n FROM import_rejections')).toBe(await one('SELECT coalesce(sum(rejected), 0) AS n FROM import_runs'));
    // A story's row agrees with its members.
    expect(
      await one(`SELECT count(*) AS n FROM stories s WHERE s.article_count <> (SELECT count(*) FROM article_stories m WHERE m.story_id = s.id)`),
    ).toBe(0);
    return { articles };
  } finally {
    await store.close();
  }
}

describe('dateline import killed with SIGKILL', () => {
  let inputs: string[];
  let expected: string[];
  let fullRunMs: number;

  beforeAll(async () => {
    assertBuilt();
    const dir = await dataDir();
    // 150 Reuters stories as an export, 50 more gzipped, besides 20 Guardian article files: a run
    // of a few seconds, so kills land in every phase (opening, importing, enriching, placing).
    const stories = readFileSync(reutersJsonl, 'utf8').split('\n').filter((line) => line.includes('"body"'));
    await writeFile(join(dir, 'reuters.jsonl'), `${stories.slice(0, 150).join('\n')}\n`);
    await writeFile(join(dir, 'more.jsonl.gz'), gzipSync(`${stories.slice(150, 200).join('\n')}\n`));
    inputs = [...guardianFiles().slice(0, 20), join(dir, 'reuters.jsonl'), join(dir, 'more.jsonl.gz')];

    const reference = await dataDir();
    const started = Date.now();
    const run = await runDateline(['import', '--json', '--batch-size', '50', '--data', reference, ...inputs]);
    fullRunMs = Date.now() - started;
    expect(run.code, run.stderr).toBeLessThanOrEqual(1);
    expect(parseJson<{ imported: number }>(run).imported).toBeGreaterThan(200);
    expected = (await exportedIds(reference)).sort();
  }, 300_000);

  it(`stays consistent through ${KILLS} kills at random points, and a rerun completes the import exactly`, async () => {
    const data = await dataDir();
    const seen: number[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      const child = startDateline(['import', '--json', '--batch-size', '50', '--data', data, ...inputs]);
      child.stdin.end();
      // Anywhere from start-up (migrations, opening the store) to the end of a full run.
      const delay = 200 + Math.random() * fullRunMs;
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      const result = await child.result;
      clearTimeout(timer);
      const { articles } = await checkConsistent(data);
      seen.push(articles);
      // A run that finished before the kill came must have been complete.
      if (result.signal !== 'SIGKILL') expect(articles).toBe(expected.length);
    }
    // Articles only ever accumulate across killed runs.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));

    const rerun = await runDateline(['import', '--json', '--batch-size', '50', '--data', data, ...inputs]);
    expect(rerun.code, rerun.stderr).toBeLessThanOrEqual(1);
    const ids = await exportedIds(data);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(expected);
    await checkConsistent(data);

    // Killed runs are on record as interrupted, never as still running.
    const runs = parseJson<{ items: { status: string }[] }>(await runDateline(['imports', '--json', '--limit', '100', '--data', data]));
    expect(runs.items.filter((run) => run.status === 'running')).toEqual([]);
  }, 900_000);
});
