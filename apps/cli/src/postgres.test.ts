import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQueuedArticles, openStore } from '@dateline/core';
import { createScratchDatabase } from '@dateline/core/testing';
import {
  assertBuilt,
  cleanEnv,
  countArticlesInStories,
  GUARDIAN_ARTICLES,
  GUARDIAN_FILES,
  guardianDir,
  parseJson,
  runDateline,
  seedsDir,
  startDateline,
  startImportPausedAt,
  waitForOutput,
} from './test/dateline.js';

// The same commands as the PGlite tests, with the archive in PostgreSQL via DATABASE_URL.
let env: NodeJS.ProcessEnv;
let databaseUrl: string;
let drop: () => Promise<void>;

beforeAll(async () => {
  assertBuilt();
  const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL);
  drop = scratch.drop;
  databaseUrl = scratch.url;
  env = cleanEnv({ DATABASE_URL: scratch.url });
});

afterAll(() => drop?.());

describe('dateline with DATABASE_URL', () => {
  it('imports into PostgreSQL, finds duplicates on a rerun, and searches and exports from it', async () => {
    const first = await runDateline(['import', '--json', seedsDir], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(parseJson(first)).toMatchObject({ imported: 2, duplicates: 0, rejected: [], enriched: 0, stories: { placed: 2 } });
    const again = await runDateline(['import', '--json', seedsDir], { env });
    expect(parseJson(again)).toMatchObject({ imported: 0, duplicates: 2, rejected: [], enriched: 0, stories: { placed: 0 } });

    const search = await runDateline(['search', '--json', 'Lavrov'], { env });
    expect(search.code, search.stderr).toBe(0);
    expect(parseJson<{ results: unknown[] }>(search).results).toHaveLength(2);

    const quotes = await runDateline(['quotes', '--json', '--speaker', 'Lavrov'], { env });
    expect(quotes.code, quotes.stderr).toBe(0);
    const lavrov = parseJson<{ items: { speakerName: string }[] }>(quotes).items;
    expect(lavrov.length).toBeGreaterThan(5);
    expect(lavrov.every((quote) => quote.speakerName === 'Sergey Lavrov')).toBe(true);
    const entity = await runDateline(['entity', 'Blinken'], { env });
    expect(entity.code, entity.stderr).toBe(0);
    expect(entity.stdout).toMatch(/^Antony Blinken\nperson · 2 articles · person:antony blinken\n\nRoles\n {2}(US )?Secretary of State \(/);

    const stories = await runDateline(['stories', '--json'], { env });
    expect(stories.code, stories.stderr).toBe(0);
    const [seeds] = parseJson<{ items: { id: string; articleCount: number }[] }>(stories).items;
    expect(seeds?.articleCount).toBe(2);
    const story = await runDateline(['story', seeds!.id], { env });
    expect(story.code, story.stderr).toBe(0);
    expect(story.stdout).toContain('diff: on a [-clearer-] {+clear+} path to understanding');
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

  // PostgreSQL lets the test watch the queue while the CLI works, so Ctrl-C lands in story placement for certain.
  it('stops story placement cleanly on Ctrl-C; a rerun importing nothing new places the rest', async () => {
    const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL);
    const store = await openStore({ databaseUrl: scratch.url });
    try {
      const ownEnv = cleanEnv({ DATABASE_URL: scratch.url });
      // An import interrupted before placement leaves most of the corpus waiting for a story.
      const { child, files } = await startImportPausedAt(GUARDIAN_FILES - 10, [], { env: ownEnv });
      child.kill('SIGINT');
      await waitForOutput(child.stderr, 'Stopping after the current batch');
      child.stdin.end();
      const interrupted = await child.result;
      expect(interrupted.code, interrupted.stderr).toBe(130);
      const queued = parseJson<{ imported: number; stories: { placed: number } }>(interrupted);
      expect(queued.stories.placed).toBe(0);
      expect(await countQueuedArticles(store.db)).toBe(queued.imported);

      // Nothing new to import; placement goes one article per transaction, and Ctrl-C comes once the first is committed.
      const args = ['import', '--json', '--batch-size', '1', ...files.slice(0, 20)];
      const placing = startDateline(args, { env: ownEnv });
      placing.stdin.end();
      while (placing.exitCode === null && (await countQueuedArticles(store.db)) === queued.imported) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      placing.kill('SIGINT');
      const stopped = await placing.result;
      expect(stopped.code, stopped.stderr).toBe(130);
      expect(stopped.stderr).toContain('Interrupted while placing articles in stories');
      const partial = parseJson<{ imported: number; stories: { placed: number } }>(stopped);
      expect(partial.imported).toBe(0);
      expect(partial.stories.placed).toBeGreaterThan(0);
      expect(partial.stories.placed).toBeLessThan(queued.imported);
      // What it reported as placed is committed, and only that.
      expect(await countQueuedArticles(store.db)).toBe(queued.imported - partial.stories.placed);

      const rerun = await runDateline(args, { env: ownEnv });
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(parseJson<{ stories: { placed: number } }>(rerun).stories.placed).toBe(queued.imported - partial.stories.placed);
      expect(await countQueuedArticles(store.db)).toBe(0);
      expect(await countArticlesInStories([], { env: ownEnv })).toBe(queued.imported);
    } finally {
      await store.close();
      await scratch.drop();
    }
  });
});
