import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, GUARDIAN_ARTICLES, guardianDir, makeDataDir, runDateline, seedsDir, startDateline } from '../test/dateline.js';

let data: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  assertBuilt();
  ({ dir: data, cleanup } = await makeDataDir());
  // Enough text (over a megabyte) that the output cannot fit in a pipe buffer.
  const imported = await runDateline(['import', '--data', data, seedsDir, guardianDir]);
  expect(imported.code, imported.stderr).toBe(0);
});

afterAll(() => cleanup());

describe('dateline export', () => {
  it('writes one parseable JSON object per line, oldest first', async () => {
    const run = await runDateline(['export', '--data', data, '--format', 'jsonl']);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.pop()).toBe('');
    const articles = lines.map((line) => JSON.parse(line) as { id: string; date: string; title: string; blocks: unknown[] });
    expect(articles).toHaveLength(GUARDIAN_ARTICLES + 2);
    for (const a of articles) expect(a).toMatchObject({ id: expect.any(String), title: expect.any(String), blocks: expect.any(Array) });
    const dates = articles.map((a) => a.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('defaults to JSON Lines', async () => {
    const run = await runDateline(['export', '--data', data]);
    expect(run.code).toBe(0);
    expect(() => JSON.parse(run.stdout.split('\n')[0] ?? '')).not.toThrow();
  });

  it('writes CSV with a header row', async () => {
    const run = await runDateline(['export', '--data', data, '--format', 'csv']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\r\n')[0]).toBe('id,date,title,title_inferred,outlet,url,author,language,summary_only,credit,word_count,body');
  });

  it('stops quietly with exit 0 when the reader goes away (| head)', async () => {
    const child = startDateline(['export', '--data', data]);
    child.stdin.end();
    // Read one chunk, then close our end of the pipe, as `head -n 1` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const run = await child.result;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
