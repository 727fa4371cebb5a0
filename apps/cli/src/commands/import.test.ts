import { writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  assertBuilt,
  countArticlesInStories,
  forgetEnrichment,
  GUARDIAN_ARTICLES,
  GUARDIAN_FILES,
  guardianDir,
  makeDataDir,
  parseJson,
  runDateline,
  seedsDir,
  startImportPausedAt,
  waitForOutput,
} from '../test/dateline.js';

interface Report {
  run: number;
  imported: number;
  duplicates: number;
  rejected: { path: string; reason: string }[];
  rejectedCount: number;
  enriched: number;
  stories: { placed: number };
}

beforeAll(assertBuilt);

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function dataDir(): Promise<string> {
  const { dir, cleanup } = await makeDataDir();
  cleanups.push(cleanup);
  return dir;
}

/** How many articles the archive holds, counted through `export`. */
async function countArticles(data: string): Promise<{ count: number; distinctIds: number }> {
  const run = await runDateline(['export', '--data', data]);
  expect(run.code, run.stderr).toBe(0);
  const ids = run.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (JSON.parse(line) as { id: string }).id);
  return { count: ids.length, distinctIds: new Set(ids).size };
}

describe('dateline import', () => {
  it('imports the seeds, places them in stories and prints one JSON summary; a rerun finds them present', async () => {
    const data = await dataDir();
    const first = await runDateline(['import', '--data', data, '--json', seedsDir]);
    expect(first.code, first.stderr).toBe(0);
    expect(parseJson<Report>(first)).toEqual({ run: 1, imported: 2, duplicates: 0, rejected: [], rejectedCount: 0, enriched: 0, stories: { placed: 2 } });
    expect(await countArticlesInStories(['--data', data])).toBe(2);

    const again = await runDateline(['import', '--data', data, '--json', seedsDir]);
    expect(again.code, again.stderr).toBe(0);
    expect(parseJson<Report>(again)).toEqual({ run: 2, imported: 0, duplicates: 2, rejected: [], rejectedCount: 0, enriched: 0, stories: { placed: 0 } });
    // No progress bar or other chatter when stderr is not a terminal.
    expect(again.stderr).toBe('');
  });

  it('rejects bad files with path and reason, imports the good ones, and exits 1', async () => {
    const data = await dataDir();
    const fixtures = await dataDir();
    const badDate = join(fixtures, 'bad-date.txt');
    const binary = join(fixtures, 'binary.txt');
    await writeFile(badDate, ' date 2022-02-30 Troops moved overnight.\n');
    await writeFile(binary, Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x00, 0x42, 0x00]));
    const missing = join(fixtures, 'no-such-article.txt');

    const run = await runDateline(['import', '--data', data, '--json', badDate, seedsDir, binary, missing]);
    expect(run.code).toBe(1);
    const report = parseJson<Report>(run);
    expect(report.imported).toBe(2);
    expect(report.duplicates).toBe(0);
    expect(report.rejected.map((r) => r.path)).toEqual([badDate, binary, missing]);
    expect(report.rejected[0]?.reason).toMatch(/2022-02-30/);
    expect(report.rejected[1]?.reason).toMatch(/binary|UTF-8/i);
    expect(report.rejected[2]?.reason).toBe('no such file or directory');
    // Rejections do not keep the good articles out of the stories.
    expect(report.stories).toEqual({ placed: 2 });

    // The human summary says the same, one "path: reason" line per rejection.
    const human = await runDateline(['import', '--data', data, badDate, seedsDir]);
    expect(human.code).toBe(1);
    expect(human.stdout).toBe(
      `Imported 0 articles, 2 already present, 1 rejected:\n  ${badDate}: ${report.rejected[0]?.reason}\nPlaced 0 articles in stories.\n`,
    );
  });

  it('reads one article from standard input for "-"', async () => {
    const data = await dataDir();
    const text = ' date 2022-03-02 Talks resumed in Belarus on Wednesday as shelling continued near Kharkiv.\n';
    const run = await runDateline(['import', '--data', data, '--json', '-'], { input: text });
    expect(run.code, run.stderr).toBe(0);
    expect(parseJson<Report>(run)).toEqual({ run: 1, imported: 1, duplicates: 0, rejected: [], rejectedCount: 0, enriched: 0, stories: { placed: 1 } });

    const bad = await runDateline(['import', '--data', data, '--json', '-'], { input: 'no header here\n' });
    expect(bad.code).toBe(1);
    expect(parseJson<Report>(bad).rejected).toEqual([{ path: '<stdin>', reason: expect.stringContaining('date') }]);
  });

  it('prints "Imported N articles, N already present, N rejected." and "Placed N articles in stories." for humans', async () => {
    const data = await dataDir();
    const run = await runDateline(['import', '--data', data, seedsDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('Imported 2 articles, 0 already present, 0 rejected.\nPlaced 2 articles in stories.\n');
  });

  it('analyses the articles of an archive made before enrichment, and reports how many', async () => {
    const data = await dataDir();
    expect((await runDateline(['import', '--data', data, seedsDir])).code).toBe(0);
    await forgetEnrichment(data);
    const before = await runDateline(['quotes', '--data', data, '--speaker', 'Lavrov']);
    expect(before.code, before.stderr).toBe(0);
    expect(before.stdout).toBe('');
    expect(before.stderr).toBe('No quotes by "Lavrov".\n2 articles not yet analysed for quotes and names: run dateline import again to analyse them.\n');

    const fixtures = await dataDir();
    const fresh = join(fixtures, 'fresh.txt');
    await writeFile(fresh, ' date 2022-03-02 Talks resumed in Belarus on Wednesday as shelling continued near Kharkiv.\n');
    const run = await runDateline(['import', '--data', data, seedsDir, fresh]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      'Imported 1 article, 2 already present, 0 rejected.\nAnalysed 2 articles stored before quotes and names were found.\nPlaced 1 article in stories.\n',
    );
    const after = await runDateline(['quotes', '--data', data, '--json', '--speaker', 'Lavrov']);
    expect(after.stderr).toBe('');
    expect(parseJson<{ items: unknown[] }>(after).items.length).toBeGreaterThan(5);

    // Once caught up there is nothing left to analyse.
    const again = await runDateline(['import', '--data', data, '--json', seedsDir]);
    expect(parseJson<Report>(again)).toMatchObject({ imported: 0, duplicates: 2, rejected: [], rejectedCount: 0, enriched: 0, stories: { placed: 0 } });
  });

  // Three imports of the whole corpus: on a CI box running every suite at once this takes minutes.
  it('stops cleanly on Ctrl-C: commits what it has, reports it, exits 130; a rerun completes', async () => {
    const data = await dataDir();
    const STDIN_AT = 30;
    const { child, stdin, files } = await startImportPausedAt(STDIN_AT, ['--data', data]);
    child.kill('SIGINT');
    // Only once it has acknowledged the signal may its stdin input arrive; otherwise the
    // end of stdin could be handled first and let it run on a little further.
    await waitForOutput(child.stderr, 'Stopping after the current batch');
    child.stdin.end();
    const stopped = await child.result;
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stderr).toContain('run the same command again');
    const partial = parseJson<Report>(stopped);
    expect(partial.rejected).toEqual([]);
    expect(partial.imported + partial.duplicates).toBeGreaterThanOrEqual(STDIN_AT - 15);
    expect(partial.imported + partial.duplicates).toBeLessThanOrEqual(STDIN_AT);
    // What it reported as imported is really stored, waiting for a story: an interrupted import places nothing.
    expect((await countArticles(data)).count).toBe(partial.imported);
    expect(partial.stories).toEqual({ placed: 0 });
    const listing = await runDateline(['stories', '--data', data]);
    expect(listing.stderr).toContain(`${partial.imported} articles not yet in a story: run dateline import again`);

    // A rerun that imports nothing new still places what the interrupted one left waiting.
    const surelyImported = files.slice(0, STDIN_AT - 15);
    const nothingNew = await runDateline(['import', '--data', data, '--json', ...surelyImported]);
    expect(nothingNew.code, nothingNew.stderr).toBe(0);
    expect(parseJson<Report>(nothingNew)).toMatchObject({ imported: 0, stories: { placed: partial.imported } });
    expect(await countArticlesInStories(['--data', data])).toBe(partial.imported);

    const rerun = await runDateline(['import', '--data', data, '--json', ...files, '-'], { input: stdin });
    expect(rerun.code, rerun.stderr).toBe(0);
    const rest = parseJson<Report>(rerun);
    expect(rest.imported).toBe(GUARDIAN_ARTICLES + 1 - partial.imported);
    expect(rest.imported + rest.duplicates).toBe(GUARDIAN_FILES + 1);
    expect(rest.stories).toEqual({ placed: rest.imported });
    expect(await countArticles(data)).toEqual({ count: GUARDIAN_ARTICLES + 1, distinctIds: GUARDIAN_ARTICLES + 1 });
    expect(await countArticlesInStories(['--data', data])).toBe(GUARDIAN_ARTICLES + 1);
  }, 300_000);

  it('survives SIGKILL mid-import: committed batches stay, a rerun adds exactly the rest', async () => {
    const data = await dataDir();
    const { child } = await startImportPausedAt(Math.floor(GUARDIAN_FILES / 2), ['--data', data]);
    child.kill('SIGKILL');
    const killed = await child.result;
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.stdout).toBe('');

    const rerun = await runDateline(['import', '--data', data, '--json', guardianDir]);
    expect(rerun.code, rerun.stderr).toBe(0);
    const report = parseJson<Report>(rerun);
    expect(report.imported + report.duplicates).toBe(GUARDIAN_FILES);
    expect(report.rejected).toEqual([]);
    // Batches committed before the kill are found again (duplicates beyond the corpus's own
    // repeats); the rest was not stored and is imported now.
    expect(report.duplicates).toBeGreaterThan(GUARDIAN_FILES - GUARDIAN_ARTICLES);
    expect(report.imported).toBeGreaterThan(0);
    expect(await countArticles(data)).toEqual({ count: GUARDIAN_ARTICLES, distinctIds: GUARDIAN_ARTICLES });
    // The killed run never reached story placement: the rerun places its articles with its own.
    expect(report.stories).toEqual({ placed: GUARDIAN_ARTICLES });
    expect(await countArticlesInStories(['--data', data])).toBe(GUARDIAN_ARTICLES);
  });
});

describe('dateline import of exports, feeds and archives', () => {
  it('imports a JSONL export, a gzipped one and a feed, recording each rejected record by line or item', async () => {
    const data = await dataDir();
    const dir = await dataDir();
    const good = (n: number) => JSON.stringify({ date: '2022-01-21', title: `Talks in Geneva, part ${n}`, body: `Diplomats met again in Geneva on Friday, round ${n}.\n\nThey agreed to keep talking.`, source: 'Wire', url: `https://example.com/geneva-${n}` });
    await writeFile(join(dir, 'export.jsonl'), [good(1), '{"title": "no body here", "date": "2022-01-21"}', 'not json', good(2)].join('\n'));
    await writeFile(join(dir, 'more.jsonl.gz'), gzipSync(`${good(3)}\n${good(1)}\n`));
    await writeFile(
      join(dir, 'feed.rss'),
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Feed</title><language>en</language>
        <item><title>Ceasefire talks resume</title><link>https://example.com/ceasefire</link><pubDate>Sat, 22 Jan 2022 09:00:00 GMT</pubDate>
          <description>Negotiators returned to the table on Saturday after a night of shelling.</description></item>
        <item><title>Undated</title><description>No date on this one at all, anywhere.</description></item>
      </channel></rss>`,
    );
    const run = await runDateline(['import', '--data', data, '--json', dir]);
    expect(run.code, run.stderr).toBe(1);
    const report = parseJson<Report>(run);
    expect(report).toMatchObject({ imported: 4, duplicates: 1, rejectedCount: 3 });
    expect(report.rejected.map((r) => r.path)).toEqual([join(dir, 'export.jsonl:2'), join(dir, 'export.jsonl:3'), join(dir, 'feed.rss#2')]);
    expect(report.rejected[0]!.reason).toMatch(/^no body/);
    expect(report.rejected[2]!.reason).toMatch(/no publication date/);

    // The run is on record with every rejection.
    const listed = await runDateline(['imports', '--data', data]);
    expect(listed.stdout).toMatch(/^#1 .* done +4 articles imported, 1 already present, 3 rejected/);
    const shown = await runDateline(['imports', '1', '--data', data]);
    expect(shown.stdout).toContain(`${join(dir, 'feed.rss#2')}: `);

    // The feed item kept its outlet and is marked as a summary.
    const search = parseJson<{ results: { article: { outlet: string | null; summaryOnly: boolean } }[] }>(await runDateline(['search', '--data', data, '--json', 'shelling']));
    expect(search.results[0]?.article).toMatchObject({ outlet: 'Example Feed', summaryOnly: true });
  });

  it('reads a JSONL export from standard input, with --map for a field under another name', async () => {
    const data = await dataDir();
    const lines = `${JSON.stringify({ day: '2022-01-21', headline: 'Geneva talks', story_text: 'Diplomats met in Geneva on Friday and agreed to talk again.' })}\n`;
    const run = await runDateline(['import', '--data', data, '--json', '--map', 'date=day', '--map', 'body=story_text', '-'], { input: lines });
    expect(run.code, run.stderr).toBe(0);
    expect(parseJson<Report>(run)).toMatchObject({ imported: 1, rejectedCount: 0 });
    const bad = await runDateline(['import', '--data', data, '--map', 'nonsense', '-'], { input: lines });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--map/);
  });

  it('round-trips: export to JSONL, import into an empty archive, export again gives the same bytes', async () => {
    const first = await dataDir();
    expect((await runDateline(['import', '--data', first, seedsDir, guardianDir])).code).toBeLessThanOrEqual(1);
    const exported = await runDateline(['export', '--data', first]);
    expect(exported.code).toBe(0);
    const dir = await dataDir();
    await writeFile(join(dir, 'archive.jsonl'), exported.stdout);
    const second = await dataDir();
    const imported = await runDateline(['import', '--data', second, '--json', join(dir, 'archive.jsonl')]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(parseJson<Report>(imported).imported).toBe(GUARDIAN_ARTICLES + 2);
    const again = await runDateline(['export', '--data', second]);
    expect(again.stdout).toBe(exported.stdout);
  });
});
