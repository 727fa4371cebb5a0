import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, makeDataDir, parseJson, runDateline, seedsDir } from '../test/dateline.js';

/** 37 articles: five events, each reported by several outlets. */
const newswclDir = fileURLToPath(new URL('../../../../../shared/corpora/dateline/newswcl50', import.meta.url));

interface StoryPage {
  items: { id: string; headline: string; firstDate: string; lastDate: string; articleCount: number }[];
  nextCursor: string | null;
}

let data: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  assertBuilt();
  ({ dir: data, cleanup } = await makeDataDir());
  const imported = await runDateline(['import', '--data', data, seedsDir, newswclDir]);
  expect(imported.code, imported.stderr).toBe(0);
});

afterAll(() => cleanup());

async function listJson(...args: string[]): Promise<StoryPage> {
  const run = await runDateline(['stories', '--data', data, '--json', ...args]);
  expect(run.code, run.stderr).toBe(0);
  return parseJson<StoryPage>(run);
}

describe('dateline stories', () => {
  it('lists every story once as JSON, latest activity first, the seeds as one story', async () => {
    const page = await listJson('--limit', '100');
    expect(page.nextCursor).toBeNull();
    expect(page.items.reduce((sum, story) => sum + story.articleCount, 0)).toBe(39);
    const lastDates = page.items.map((story) => story.lastDate);
    expect(lastDates).toEqual([...lastDates].sort().reverse());
    expect(page.items[0]).toMatchObject({ firstDate: '2022-01-21', lastDate: '2022-01-21', articleCount: 2 });
    // NewsWCL50's events are each reported by several outlets.
    expect(page.items.filter((story) => story.articleCount > 1).length).toBeGreaterThanOrEqual(5);
  });

  it('prints date span, article count, id and headline, one aligned line a story', async () => {
    const { items } = await listJson('--limit', '100');
    const run = await runDateline(['stories', '--data', data, '--limit', '100']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(items.length);
    const seeds = items[0]!;
    expect(lines[0]).toMatch(new RegExp(`^2022-01-21 +2 articles  ${seeds.id}  `));
    expect(lines[0]!.endsWith(seeds.headline)).toBe(true);
    const spanning = items.findIndex((story) => story.firstDate !== story.lastDate);
    expect(lines[spanning]).toContain(`${items[spanning]!.firstDate} – ${items[spanning]!.lastDate}`);
    // The ids line up in one column.
    const columns = lines.map((line, i) => line.indexOf(items[i]!.id));
    expect(new Set(columns).size).toBe(1);
    expect(run.stdout).not.toContain('\x1b[');
  });

  it('pages with --limit and --cursor, telling where to go on', async () => {
    const all = (await listJson('--limit', '100')).items.map((story) => story.id);
    const first = await runDateline(['stories', '--data', data, '--limit', '3']);
    expect(first.stdout.trimEnd().split('\n')).toHaveLength(3);
    const cursor = /More stories: add --cursor (\S+)/.exec(first.stderr)?.[1];
    expect(cursor).toBeDefined();
    const second = await listJson('--limit', '3', '--cursor', cursor!);
    expect(second.items.map((story) => story.id)).toEqual(all.slice(3, 6));
  });

  it('keeps the stories active within --from and --to', async () => {
    const page = await listJson('--from', '2022-01-01', '--to', '2022-12-31');
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.articleCount).toBe(2);
    const none = await runDateline(['stories', '--data', data, '--from', '2030-01-01']);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('');
    expect(none.stderr).toBe('No stories in these dates.\n');
  });

  it.each([
    [['--limit', '0'], '--limit'],
    [['--limit', 'many'], '--limit'],
    [['--from', '2022-02-30'], '--from'],
    [['--from', '2023-01-02', '--to', '2023-01-01'], '--from'],
    [['--cursor', 'not-a-cursor'], '--cursor'],
  ])('rejects %j as a usage error naming %s', async (args, flag) => {
    const run = await runDateline(['stories', '--data', data, ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(flag);
    expect(run.stderr).toContain('Usage: dateline stories');
  });
});
