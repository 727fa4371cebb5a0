import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, makeDataDir, runDateline, seedsDir } from '../test/dateline.js';

let data: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  assertBuilt();
  ({ dir: data, cleanup } = await makeDataDir());
  const imported = await runDateline(['import', '--data', data, seedsDir]);
  expect(imported.code, imported.stderr).toBe(0);
});

afterAll(() => cleanup());

interface Page {
  results: { article: { id: string; date: string; title: string }; snippet: string; score: number }[];
  nextCursor: string | null;
}

describe('dateline search', () => {
  it('returns ranked results as JSON, snippets marking the matches', async () => {
    const run = await runDateline(['search', '--data', data, '--json', 'Lavrov']);
    expect(run.code, run.stderr).toBe(0);
    const page = JSON.parse(run.stdout) as Page;
    expect(page.results).toHaveLength(2);
    const scores = page.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const result of page.results) expect(result.snippet).toContain('<mark>Lavrov</mark>');
  });

  it('prints date, id, title and a plain snippet when piped', async () => {
    const json = JSON.parse((await runDateline(['search', '--data', data, '--json', 'Lavrov'])).stdout) as Page;
    const run = await runDateline(['search', '--data', data, 'Lavrov']);
    expect(run.code, run.stderr).toBe(0);
    for (const { article } of json.results) expect(run.stdout).toContain(`${article.date}  ${article.id}  ${article.title}`);
    expect(run.stdout).toContain('Lavrov');
    // Marks are stripped (not a terminal), and so is any other markup or escape code.
    expect(run.stdout).not.toMatch(/<\/?mark>|\x1b\[/);
  });

  it('pages with --limit and --cursor', async () => {
    const first = JSON.parse((await runDateline(['search', '--data', data, '--json', '--limit', '1', 'Lavrov'])).stdout) as Page;
    expect(first.results).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = JSON.parse(
      (await runDateline(['search', '--data', data, '--json', '--limit', '1', '--cursor', first.nextCursor!, 'Lavrov'])).stdout,
    ) as Page;
    expect(second.results).toHaveLength(1);
    expect(second.results[0]?.article.id).not.toBe(first.results[0]?.article.id);
  });

  it('filters by date with --from/--to', async () => {
    const run = await runDateline(['search', '--data', data, '--json', '--from', '2022-01-22', 'Lavrov']);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as Page).results).toEqual([]);
  });

  it('says so on stderr and exits 0 when nothing matches', async () => {
    const run = await runDateline(['search', '--data', data, 'zeppelin']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('No articles match "zeppelin"');
  });

  it('rejects a bad cursor as a usage error', async () => {
    const run = await runDateline(['search', '--data', data, '--cursor', 'not-a-cursor', 'Lavrov']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--cursor');
    expect(run.stderr).toContain('Usage: dateline search');
  });
});
