import type { Page, QuoteSummary } from '@dateline/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, makeDataDir, parseJson, runDateline, seedsDir } from '../test/dateline.js';

let data: string;
let cleanup: () => Promise<void>;
/** Every quote Lavrov gives in the seeds, as `quotes --speaker Lavrov --json` lists them. */
let lavrov: QuoteSummary[];

beforeAll(async () => {
  assertBuilt();
  ({ dir: data, cleanup } = await makeDataDir());
  const imported = await runDateline(['import', '--data', data, seedsDir]);
  expect(imported.code, imported.stderr).toBe(0);
  lavrov = (await listJson('--speaker', 'Lavrov', '--limit', '100')).items;
});

afterAll(() => cleanup());

async function listJson(...args: string[]): Promise<Page<QuoteSummary>> {
  const run = await runDateline(['quotes', '--data', data, '--json', ...args]);
  expect(run.code, run.stderr).toBe(0);
  return parseJson<Page<QuoteSummary>>(run);
}

describe('dateline quotes --json', () => {
  it("lists Lavrov's quotes from both seeds, newest first, under his full name", () => {
    expect(lavrov.length).toBeGreaterThan(5);
    expect(new Set(lavrov.map((quote) => quote.articleId)).size).toBe(2);
    for (const quote of lavrov) expect(quote).toMatchObject({ speakerKey: 'person:sergey lavrov', speakerName: 'Sergey Lavrov', date: '2022-01-21' });
    const order = lavrov.map((quote) => `${quote.articleId}/${String(quote.position).padStart(4, '0')}`);
    expect(order).toEqual([...order].sort().reverse());
    expect(lavrov.map((quote) => quote.text)).toContain(
      'I have not heard a single argument today that would substantiate the US position on what is happening on the Russian-Ukrainian border, only concerns',
    );
  });

  it('finds the same quotes by entity key, and only his', async () => {
    expect((await listJson('--speaker', 'person:sergey lavrov', '--limit', '100')).items).toEqual(lavrov);
    const all = (await listJson('--limit', '100')).items;
    expect(all.length).toBeGreaterThan(lavrov.length);
    expect(all.filter((quote) => quote.speakerKey === 'person:sergey lavrov')).toEqual(lavrov);
  });

  it('keeps the quotes with the words given', async () => {
    const { items } = await listJson('clear', 'path');
    expect(items.length).toBeGreaterThan(0);
    for (const quote of items) expect(quote.text).toMatch(/clear(er)? path/i);
    const byLavrov = await listJson('--speaker', 'Lavrov', 'Ukrainian', 'people');
    expect(byLavrov.items.length).toBeGreaterThan(0);
    expect(byLavrov.items.every((quote) => quote.speakerKey === 'person:sergey lavrov' && /Ukrainian people/i.test(quote.text))).toBe(true);
  });

  it('pages with --limit and --cursor', async () => {
    const first = await runDateline(['quotes', '--data', data, '--speaker', 'Lavrov', '--limit', '3']);
    expect(first.code, first.stderr).toBe(0);
    const cursor = /More quotes: add --cursor (\S+)/.exec(first.stderr)?.[1];
    expect(cursor).toBeDefined();
    const second = await listJson('--speaker', 'Lavrov', '--limit', '3', '--cursor', cursor!);
    expect(second.items).toEqual(lavrov.slice(3, 6));
  });
});

describe('dateline quotes', () => {
  it('prints each quote in quote marks, then speaker, date and article, wrapped to 80 columns', async () => {
    const run = await runDateline(['quotes', '--data', data, '--speaker', 'Lavrov', '--limit', '100']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const entries = run.stdout.trimEnd().split('\n\n');
    expect(entries).toHaveLength(lavrov.length);
    entries.forEach((entry, i) => {
      const quote = lavrov[i]!;
      const flat = entry.replace(/\s+/g, ' ');
      expect(flat.startsWith(`“${quote.text.replace(/\s+/g, ' ')}” — Sergey Lavrov · 2022-01-21 · ${quote.articleId} `)).toBe(true);
      expect(flat.endsWith(quote.articleTitle)).toBe(true);
    });
    for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(run.stdout).not.toContain('\x1b[');
  });

  it('says so on stderr when no quote matches', async () => {
    const run = await runDateline(['quotes', '--data', data, '--speaker', 'Nobody Atall', 'talks']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('No quotes by "Nobody Atall" with "talks".\n');
    const dates = await runDateline(['quotes', '--data', data, '--from', '2030-01-01']);
    expect(dates.stderr).toBe('No quotes in these dates.\n');
  });

  it.each([
    [['--limit', '0'], '--limit'],
    [['--from', '2022-02-30'], '--from'],
    [['--from', '2023-01-02', '--to', '2023-01-01'], '--from'],
    [['--cursor', 'not-a-cursor'], '--cursor'],
    [['--speaker', 'x'.repeat(201)], '--speaker'],
    [['--speaker'], '--speaker'],
  ])('rejects %j as a usage error naming %s', async (args, flag) => {
    const run = await runDateline(['quotes', '--data', data, ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(flag);
    expect(run.stderr).toContain('Usage: dateline quotes');
  });
});
