import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createApp, type StoryView } from '@dateline/api';
import { openStore } from '@dateline/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, makeDataDir, parseJson, runDateline, seedsDir } from '../test/dateline.js';
import { createStyle } from '../text.js';
import { renderDiff } from './story.js';

let data: string;
let cleanups: (() => Promise<void>)[] = [];
let story: StoryView;

beforeAll(async () => {
  assertBuilt();
  const archive = await makeDataDir();
  const fixtures = await makeDataDir();
  cleanups = [archive.cleanup, fixtures.cleanup];
  data = archive.dir;
  // A corrected re-issue of a seed: the same text plus an editor's note, filed as a version of it.
  const seed = await readFile(join(seedsDir, '000_c66e0426fc53bf12.txt'), 'utf8');
  const corrected = join(fixtures.dir, 'corrected.txt');
  await writeFile(corrected, `${seed.trimEnd()}\n\nThis article was amended to add the date of the next round of talks.\n`);
  const imported = await runDateline(['import', '--data', data, seedsDir, corrected]);
  expect(imported.code, imported.stderr).toBe(0);
  const listed = parseJson<{ items: { id: string }[] }>(await runDateline(['stories', '--data', data, '--json']));
  expect(listed.items).toHaveLength(1);
  const run = await runDateline(['story', '--data', data, '--json', listed.items[0]!.id]);
  expect(run.code, run.stderr).toBe(0);
  story = parseJson<StoryView>(run);
});

afterAll(() => Promise.all(cleanups.map((cleanup) => cleanup())));

describe('dateline story --json', () => {
  it('prints the story, its three articles oldest first, and its comparison', () => {
    expect(story).toMatchObject({ articleCount: 3, firstDate: '2022-01-21', lastDate: '2022-01-21' });
    expect(story.articles).toHaveLength(3);
    const version = story.articles.find((article) => article.duplicateOf !== null);
    expect(story.articles.map((article) => article.id)).toContain(version?.duplicateOf);
    expect(story.comparison.articleIds).toHaveLength(2);
    expect(story.comparison.since).toBeNull();
    const clear = story.comparison.discrepancies.find((d) => d.speaker === 'Blinken');
    expect([clear?.a.text, clear?.b.text].join(' | ')).toMatch(/clearer path.* \| .*clear path|clear path.* \| .*clearer path/);
  });

  it('prints what GET /api/stories/ID answers for the same archive', async () => {
    const store = await openStore({ dataDir: data });
    try {
      const res = await createApp(store).request(`/api/stories/${story.id}`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(story);
    } finally {
      await store.close();
    }
  });
});

describe('dateline story', () => {
  it('prints headline, span, numbered articles, statements, quotes and discrepancies, wrapped to 80 columns', async () => {
    const run = await runDateline(['story', '--data', data, story.id]);
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout;
    const lines = out.split('\n');
    expect(out.startsWith(story.headline.split(' ').slice(0, 4).join(' '))).toBe(true);
    expect(out).toContain(`2022-01-21 · 3 articles · ${story.id}\n`);
    for (const [i, article] of story.articles.entries()) expect(out).toContain(`  [${i + 1}] ${article.date} ${article.id} `);
    // The version's entry (its title may wrap) ends by naming its original.
    const version = story.articles.findIndex((article) => article.duplicateOf !== null);
    const original = story.articles.findIndex((article) => article.id === story.articles[version]?.duplicateOf);
    const entry = out.slice(out.indexOf(`  [${version + 1}] `)).split(/\n(?= {2}\[|\n)/)[0];
    expect(entry?.endsWith(`\n      version of [${original + 1}] ${story.articles[original]!.id}`)).toBe(true);
    for (const heading of ['Articles', 'In every article (', 'In one article only (', 'Quotes (', 'Discrepancies (2)']) {
      expect(lines.some((line) => line.startsWith(heading)), heading).toBe(true);
    }
    // A statement every article carries is shown in each article's own words, under one bullet.
    const shared = story.comparison.statements.find((group) => group.coverage === 'all')!;
    const flat = out.replace(/\s+/g, ' ');
    for (const statement of shared.statements) expect(flat).toContain(statement.text);
    expect(out).toMatch(/^ {2}Blinken, US Secretary of State \(\d+\)$/m);
    expect(out).toContain('diff: on a [-clearer-] {+clear+} path to understanding');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(out).not.toContain('\x1b[');
  });

  it('prints only what is new to a reader of --since, a version of an article reading as its original', async () => {
    const compared = story.comparison.articleIds;
    const reader = compared[0]!;
    const run = await runDateline(['story', '--data', data, '--json', '--since', reader, story.id]);
    expect(run.code, run.stderr).toBe(0);
    const since = parseJson<StoryView>(run);
    expect(since.comparison.since).toBe(reader);
    expect(since.comparison.statements).toEqual(story.comparison.statements.filter((group) => !group.articleIds.includes(reader)));

    const n = story.articles.findIndex((article) => article.id === reader) + 1;
    const text = await runDateline(['story', '--data', data, '--since', reader, story.id]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(`New to a reader of [${n}] ${reader}: ${since.comparison.statements.length} statements\n`);
    expect(text.stdout).not.toContain('In every article');
    const own = story.comparison.statements.find((group) => group.coverage === 'one' && group.articleIds[0] === reader)!;
    expect(text.stdout.replace(/\s+/g, ' ')).not.toContain(own.statements[0]!.text);

    const version = story.articles.find((article) => article.duplicateOf !== null)!;
    const viaVersion = parseJson<StoryView>(await runDateline(['story', '--data', data, '--json', '--since', version.id, story.id]));
    const viaOriginal = parseJson<StoryView>(await runDateline(['story', '--data', data, '--json', '--since', version.duplicateOf!, story.id]));
    expect(viaVersion.comparison.statements).toEqual(viaOriginal.comparison.statements);
  });

  it('exits 1 with a message for an unknown id', async () => {
    const run = await runDateline(['story', '--data', data, '0000000000000000']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('error: no story with id "0000000000000000"\n');
  });

  it('exits 2 with the usage when --since is not an article of the story', async () => {
    const run = await runDateline(['story', '--data', data, '--since', '0000000000000000', story.id]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--since: article "0000000000000000" is not an article of this story');
    expect(run.stderr).toContain('Usage: dateline story');
  });
});

describe('renderDiff', () => {
  const part = (value: string, change: 'added' | 'removed' | null = null) => ({
    value,
    count: 1,
    added: change === 'added',
    removed: change === 'removed',
  });

  it('marks a replacement as wdiff does, the spaces around it outside the marks', () => {
    const diff = [part('on a '), part('clearer', 'removed'), part('clear', 'added'), part(' path')];
    expect(renderDiff(diff, createStyle(false))).toBe('on a [-clearer-] {+clear+} path');
  });

  it('keeps words glued to punctuation glued', () => {
    const diff = [part('on a ‘'), part('clearer ', 'removed'), part('path’')];
    expect(renderDiff(diff, createStyle(false))).toBe('on a ‘[-clearer-] path’');
    expect(renderDiff([part('we '), part('do not', 'removed'), part("don't", 'added'), part(' always')], createStyle(false))).toBe(
      "we [-do not-] {+don't+} always",
    );
  });
});
