import { getEntity, openStore, type EntityProfile, type EntitySummary } from '@dateline/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, makeDataDir, parseJson, runDateline, seedsDir } from '../test/dateline.js';
import { formatMonths } from './entity-profile.js';
import { pickEntity } from './entity.js';

let data: string;
let cleanup: () => Promise<void>;
let blinken: EntityProfile;

beforeAll(async () => {
  assertBuilt();
  ({ dir: data, cleanup } = await makeDataDir());
  const imported = await runDateline(['import', '--data', data, seedsDir]);
  expect(imported.code, imported.stderr).toBe(0);
  const run = await runDateline(['entity', '--data', data, '--json', 'Blinken']);
  expect(run.code, run.stderr).toBe(0);
  blinken = parseJson<EntityProfile>(run);
});

afterAll(() => cleanup());

describe('dateline entity --json', () => {
  it('finds Antony Blinken by his surname and prints his profile as core gives it', async () => {
    expect(blinken).toMatchObject({ key: 'person:antony blinken', kind: 'person', name: 'Antony Blinken', articleCount: 2 });
    const store = await openStore({ dataDir: data });
    try {
      expect(blinken).toEqual(JSON.parse(JSON.stringify(await getEntity(store.db, blinken.key))));
    } finally {
      await store.close();
    }
  });

  it('takes an entity key as it is, listing no other match', async () => {
    const run = await runDateline(['entity', '--data', data, '--json', 'person:antony blinken']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(parseJson<EntityProfile>(run)).toEqual(blinken);
  });
});

describe('dateline entity', () => {
  it('prints name, roles, mentions per month, quotes, related entities, articles and timeline, wrapped to 80 columns', async () => {
    const run = await runDateline(['entity', '--data', data, 'Blinken']);
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout;
    const lines = out.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Antony Blinken', 'person · 2 articles · person:antony blinken']);
    const section = (title: string): string[] => {
      const start = lines.findIndex((line) => line.startsWith(title));
      expect(start, title).toBeGreaterThan(0);
      const end = lines.indexOf('', start);
      return lines.slice(start + 1, end === -1 ? undefined : end);
    };
    expect(section('Roles')).toContainEqual(expect.stringMatching(/^ {2}(US )?Secretary of State \(\d+ articles?\)$/));
    expect(section('Articles mentioning it, per month')).toEqual(['  2022-01  2 ' + '█'.repeat(40)]);
    expect(section('Latest quotes (5 of ')).toContain(`  All of them: dateline quotes --speaker "person:antony blinken"`);
    const firstQuote = blinken.quotes[0]!;
    expect(section('Latest quotes').join(' ').replace(/\s+/g, ' ')).toContain(`“${firstQuote.text}” — 2022-01-21 · ${firstQuote.articleId} `);
    expect(section('Related')).toContainEqual(expect.stringMatching(/^ {2}Sergey Lavrov \(person\) +2 articles shared {2}person:sergey lavrov$/));
    const articles = section('Latest articles (2)').join(' ');
    for (const article of blinken.articles) expect(articles).toContain(`2022-01-21  ${article.id}  `);
    const timeline = section(`Timeline (${blinken.timeline.length})`).join(' ').replace(/\s+/g, ' ');
    expect(timeline).toContain('2022-01-19 — Meanwhile, Blinken, on Wednesday');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(out).not.toContain('\x1b[');
  });

  it('lists the other matches with the keys that pick them', async () => {
    const run = await runDateline(['entity', '--data', data, 'Lavrov']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Sergey Lavrov');
    // A letter is in many names: one is shown, the others are listed to pick from.
    const partial = await runDateline(['entity', '--data', data, '--kind', 'person', 'e']);
    expect(partial.code, partial.stderr).toBe(0);
    expect(partial.stderr).toMatch(/^Also matching "e" \(show one with dateline entity KEY\):\n/);
    const keys = [...partial.stderr.matchAll(/^ {2}"(person:[^"]+)" {2,}/gm)].map((match) => match[1]!);
    expect(keys.length).toBeGreaterThan(1);
    const picked = await runDateline(['entity', '--data', data, '--json', keys[0]!]);
    expect(picked.code, picked.stderr).toBe(0);
    expect(parseJson<EntityProfile>(picked).key).toBe(keys[0]);
  });

  it('exits 1 with a message when nothing matches the name, the key or the kind', async () => {
    for (const [args, message] of [
      [['Nobody Atall'], 'no entity matches "Nobody Atall"'],
      [['person:nobody atall'], 'no entity with key "person:nobody atall"'],
      [['--kind', 'place', 'Blinken'], 'no place matches "Blinken"'],
    ] as const) {
      const run = await runDateline(['entity', '--data', data, ...args]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`error: ${message}\n`);
    }
  });

  it.each([
    [['--kind', 'animal', 'Blinken'], '--kind: must be person, place or organisation'],
    [['   '], 'name: must not be empty'],
    [['x'.repeat(201)], 'name: must be at most 200 characters'],
  ])('rejects %j as a usage error: %s', async (args, message) => {
    const run = await runDateline(['entity', '--data', data, ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Usage: dateline entity');
  });
});

describe('pickEntity', () => {
  const entity = (name: string, articleCount: number, kind: EntitySummary['kind'] = 'person'): EntitySummary => ({
    key: `${kind}:${name.toLowerCase()}`,
    kind,
    name,
    articleCount,
  });

  it('prefers a name with the words given to one merely containing them', () => {
    const russia = entity('Russia', 160, 'place');
    const himars = entity('US Himars', 4, 'organisation');
    expect(pickEntity([russia, himars], 'US')).toBe(himars);
    const putin = entity('Vladimir Putin', 78);
    expect(pickEntity([putin, entity('Putin', 16)], 'Putin')).toBe(putin);
  });

  it('takes an exact name among those written about as often, else the most written about', () => {
    const zelensky = entity('Zelensky', 1);
    expect(pickEntity([entity('Zelensky Office', 1, 'organisation'), zelensky], 'zelensky')).toBe(zelensky);
    const lavrov = entity('Sergei Lavrov', 17);
    expect(pickEntity([lavrov, entity('Vyacheslav Gladkov', 4)], 'lav')).toBe(lavrov);
    expect(pickEntity([], 'anyone')).toBeUndefined();
  });
});

describe('formatMonths', () => {
  it('draws a bar a month from the first to the last, empty months included, the longest 40 columns', () => {
    const lines = formatMonths(
      [
        { month: '2021-11', articles: 20 },
        { month: '2022-02', articles: 10 },
        { month: '2022-03', articles: 1 },
      ],
      80,
    );
    expect(lines).toEqual([
      `  2021-11  20 ${'█'.repeat(40)}`,
      '  2021-12   0',
      '  2022-01   0',
      `  2022-02  10 ${'█'.repeat(20)}`,
      // A month with any article gets a block, however small its share.
      `  2022-03   1 ${'█'.repeat(2)}`,
    ]);
  });

  it('shortens the bars to fit a narrow terminal', () => {
    expect(formatMonths([{ month: '2022-01', articles: 3 }], 30)).toEqual([`  2022-01  3 ${'█'.repeat(17)}`]);
  });
});
