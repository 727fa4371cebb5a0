import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../parse/dateline.js';
import type { StoryArticle } from './features.js';
import { DocumentFrequencies } from './frequencies.js';
import { type AddResult, StoryIndex } from './story-index.js';

const shared = new URL('../../../../../shared/', import.meta.url);

/** A dateline-format file from the shared folder as a story article, optionally re-dated. */
function read(path: string, date?: string | null): StoryArticle {
  const parsed = parseDateline(readFileSync(new URL(path, shared)));
  return {
    id: path,
    date: date === undefined ? parsed.date : date,
    title: parsed.titleInferred ? null : parsed.title,
    text: parsed.blocks.map((block) => block.text).join('\n\n'),
  };
}

function folder(path: string): string[] {
  return readdirSync(new URL(path, shared))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => `${path}${name}`);
}

// Blinken and Lavrov in Geneva, 2022-01-21: one event, two outlets.
const seeds = folder('seeds/').map((path) => read(path));
// Every Guardian and NYT article of the shared corpora (Feb–Aug 2022), with their own dates.
const archive = [...folder('corpora/dateline/russia-ukraine-guardian/'), ...folder('corpora/dateline/russia-ukraine-nyt/')].map((path) =>
  read(path),
);
// The ones about Lavrov or Blinken: same people, same conflict, other events.
const sameCast = archive.filter((a) => /lavrov|blinken/i.test(a.text));

/** Mixes `items` in a fixed order (a linear congruential shuffle), so tests need no randomness. */
function mix<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('StoryIndex', () => {
  it('puts the two seed articles in one story, and none of 40-odd articles on the same people of the same day', () => {
    // The corpora start in February, so the distractors are re-dated to the seeds' day: all are candidates.
    const distractors = sameCast.map((a) => ({ ...a, date: '2022-01-21' }));
    expect(distractors.length).toBeGreaterThan(30);
    for (const seed of [1, 2, 3]) {
      const index = new StoryIndex();
      for (const article of mix([...seeds, ...distractors], seed)) index.add(article);
      const seedStory = index.storyOf(seeds[0]!.id);
      expect(index.storyOf(seeds[1]!.id)).toBe(seedStory);
      expect(distractors.filter((d) => index.storyOf(d.id) === seedStory)).toEqual([]);
    }
  });

  it('keeps unrelated articles of the same day apart', () => {
    const index = new StoryIndex();
    for (const article of archive) index.add(article);
    const guardian = (n: string) => index.storyOf(`corpora/dateline/russia-ukraine-guardian/guardian-${n}.txt`);
    // 2022-04-11: a Bristol e-scooter scheme's Russian links; Austria's chancellor to meet Putin.
    expect(guardian('0147')).not.toBe(guardian('0151'));
    // 2022-05-02: Israel summons Russia's ambassador over Lavrov; civilians evacuated from Azovstal.
    expect(guardian('0034')).not.toBe(guardian('0126'));
  });

  it('clusters articles without dates by comparing them with every article', () => {
    const index = new StoryIndex();
    for (const article of mix([...seeds, ...sameCast], 7)) index.add({ ...article, date: null });
    expect(index.storyOf(seeds[0]!.id)).toBe(index.storyOf(seeds[1]!.id));
    expect(sameCast.filter((d) => index.storyOf(d.id) === index.storyOf(seeds[0]!.id))).toEqual([]);
  });

  it('scores only candidates from its date window, never the whole index', () => {
    const index = new StoryIndex();
    const added: StoryArticle[] = [];
    let scored = 0;
    for (const article of mix(archive, 3)) {
      const day = Date.parse(article.date!);
      const inWindow = added.filter((a) => Math.abs(Date.parse(a.date!) - day) <= 3 * 86_400_000).length;
      const { candidates } = index.add(article);
      expect(candidates).toBeLessThanOrEqual(inWindow);
      scored += candidates;
      added.push(article);
    }
    // All pairs would be n(n − 1)/2 ≈ 83,000 scores.
    expect(scored).toBeLessThan(archive.length * 20);
    // An article far from every indexed date is compared with nothing.
    expect(index.add({ ...seeds[0]!, id: 'far', date: '2031-01-01' }).candidates).toBe(0);
  });

  it('gives identical results for the same input order', () => {
    const run = () => {
      const index = new StoryIndex();
      return mix([...seeds, ...archive], 11).map((article) => index.add(article));
    };
    const first: AddResult[] = run();
    expect(run()).toEqual(first);
    // Later evidence moves some earlier articles, and that is reported too.
    expect(first.some((result) => result.moved.length > 0)).toBe(true);
  });

  it('rebuilds from stored rows: restored articles keep their stories and new ones join them', () => {
    const index = new StoryIndex();
    const stored = new Map<string, { features: AddResult['features']; storyId: string }>();
    for (const article of [seeds[0]!, ...sameCast.slice(0, 20)]) {
      const result = index.add(article);
      stored.set(article.id, { features: result.features, storyId: result.storyId });
      for (const move of result.moved) stored.get(move.articleId)!.storyId = move.storyId;
    }
    // Through JSON, as a database would hold them.
    const rows = JSON.parse(JSON.stringify([...stored.values()])) as { features: AddResult['features']; storyId: string }[];
    const snapshot = JSON.parse(JSON.stringify(index.frequencies.toSnapshot()));
    const rebuilt = new StoryIndex({}, DocumentFrequencies.fromSnapshot(snapshot));
    for (const row of rows) rebuilt.restore(row.features, row.storyId);
    for (const row of rows) expect(rebuilt.storyOf(row.features.id)).toBe(row.storyId);
    expect(rebuilt.frequencies.documents).toBe(index.frequencies.documents);
    expect(rebuilt.add(seeds[1]!).storyId).toBe(stored.get(seeds[0]!.id)!.storyId);
  });

  it('prunes articles before a date and keeps working', () => {
    const index = new StoryIndex();
    for (const article of archive) index.add(article);
    const kept = archive.filter((a) => a.date! >= '2022-07-01');
    expect(index.prune('2022-07-01')).toBe(archive.length - kept.length);
    expect(index.size).toBe(kept.length);
    expect(index.storyOf(archive.find((a) => a.date! < '2022-07-01')!.id)).toBeUndefined();
    expect(index.storyOf(kept[0]!.id)).toBeDefined();
    // The last article again, lightly edited: still found as a version of its original.
    const last = kept.at(-1)!;
    expect(index.add({ ...last, id: 'again', text: `${last.text}\n\nThis article has been updated.` }).duplicateOf).toBe(last.id);
  });

  it('splits a story that turns out to hold two events', () => {
    // Forced together by a join threshold nothing fails: the DNC suing Russia and the Trump campaign,
    // and the White House delaying steel tariffs (NewsWCL50 events 3 and 7, four outlets each).
    const rows = readFileSync(new URL('corpora/jsonl/newswcl50.jsonl', shared), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: string; event_id: number; body: string });
    const event = (n: number) => rows.filter((row) => row.event_id === n).slice(0, 4);
    const [lawsuit, tariffs] = [event(3), event(7)];
    const index = new StoryIndex({ joinThreshold: -1 });
    const results = mix([...lawsuit, ...tariffs], 5).map((row) => index.add({ id: row.id, date: '2018-04-20', text: row.body }));
    expect(results.some((result) => result.moved.length >= 2)).toBe(true);
    const storyOf = (group: typeof rows) => new Set(group.map((row) => index.storyOf(row.id)));
    expect(storyOf(lawsuit).size).toBe(1);
    expect(storyOf(tariffs).size).toBe(1);
    expect([...storyOf(lawsuit)][0]).not.toBe([...storyOf(tariffs)][0]);
  });

  it('rejects a date that is not YYYY-MM-DD, and an article added twice', () => {
    const index = new StoryIndex();
    expect(() => index.add({ ...seeds[0]!, date: '21/01/2022' })).toThrow(RangeError);
    index.add(seeds[0]!);
    expect(() => index.add(seeds[0]!)).toThrow(/already indexed/);
  });
});
