import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../model.js';
import { parseDateline } from '../parse/dateline.js';
import type { StatementGroup, StoryComparison } from './comparison.js';
import { compareStory, newSince } from './compare-story.js';
import { statementFeatures } from './features.js';

const shared = new URL('../../../../../shared/', import.meta.url);
const read = (path: string) => parseDateline(readFileSync(fileURLToPath(new URL(path, shared))), path);
const seed1 = read('seeds/000_c66e0426fc53bf12.txt');
const seed2 = read('seeds/001_c7a6c6fe8c268c71.txt');
const newswcl = 'corpora/dateline/newswcl50/';
/** Every outlet's article on one newswcl50 event. */
const event = (n: number) =>
  readdirSync(fileURLToPath(new URL(newswcl, shared)))
    .filter((f) => f.startsWith(`${n}_`))
    .map((f) => read(newswcl + f));

const groupWith = (comparison: StoryComparison, fragment: string) =>
  comparison.statements.find((g) => g.statements.some((s) => s.text.includes(fragment)));
const sharedGroups = (comparison: StoryComparison) => comparison.statements.filter((g) => g.coverage !== 'one');

/** A copy of an article under another id, its text passed through `edit`. */
function variant(article: ParsedArticle, id: string, edit: (text: string) => string): ParsedArticle {
  return { ...article, id, blocks: article.blocks.map((b) => ({ ...b, text: edit(b.text) })) };
}

describe('compareStory on the seeds', () => {
  const comparison = compareStory([seed1, seed2]);

  it('flags the clear/clearer path misquote with a word diff', () => {
    const found = comparison.discrepancies.find((d) => d.a.text.includes('clear') && d.b.text.includes('clear'));
    expect(found).toBeDefined();
    expect(found?.speaker).toBe('Blinken');
    // Same date, so story order goes by id: the second seed's id sorts first.
    expect(comparison.articleIds).toEqual([seed2.id, seed1.id]);
    expect(found?.a).toMatchObject({ articleId: seed2.id, text: 'on a ‘clearer path’ to understanding' });
    expect(found?.b).toMatchObject({ articleId: seed1.id, text: 'on a clear path to understanding' });
    expect(found?.diff.filter((c) => c.removed).map((c) => c.value.trim())).toEqual(['clearer']);
    expect(found?.diff.filter((c) => c.added).map((c) => c.value.trim())).toEqual(['clear']);
    const quoteIds = new Set(comparison.quotes.map((q) => q.id));
    expect(quoteIds.has(found?.a.quoteId ?? '')).toBe(true);
    expect(quoteIds.has(found?.b.quoteId ?? '')).toBe(true);
  });

  it('finds no other discrepancy between the seeds', () => {
    expect(comparison.discrepancies).toHaveLength(1);
  });

  it('shows the troop warning as unique to the second seed', () => {
    const troops = groupWith(comparison, 'Russia could double the number of its troops');
    expect(troops).toMatchObject({ coverage: 'one', articleIds: [seed2.id] });
  });

  it('shares the statement both seeds carry, with each seed’s own sentence', () => {
    const threatened = groupWith(comparison, 'Lavrov asserted that Russia has never threatened the Ukrainian people');
    expect(threatened?.coverage).toBe('all');
    expect(threatened?.articleIds).toEqual([seed2.id, seed1.id]);
    expect(threatened?.statements[1]?.text).toMatch(/never threatened the Ukrainian people/u);
  });

  it('shares nothing the seeds state differently', () => {
    const apart = [
      ['Blinken also described the talks with Lavrov as “frank” and “substantive”.', 'Moscow hopes ‘emotions will decrease’'],
      ['A new round of negotiations between Russian and American officials', 'Moscow now expects a written response'],
      ['Further, Blinken also said that US President Joe Biden is “fully prepared”', 'On January 19, Blinken met Ukrainian President'],
      ['Despite reaching no breakthroughs', 'Blinken said that there were no breakthroughs on the Ukraine issue'],
    ];
    for (const [one, other] of apart) {
      expect(groupWith(comparison, one ?? '')?.id).not.toBe(groupWith(comparison, other ?? '')?.id);
    }
    for (const group of sharedGroups(comparison)) expect(group.statements).toHaveLength(2);
  });

  it('puts every body sentence in exactly one group', () => {
    const ids = comparison.statements.flatMap((g) => g.statements.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(30);
  });

  it('lists what a reader of one seed has not seen', () => {
    const unseen = newSince(comparison, seed1.id) ?? [];
    expect(unseen.some((g) => g.statements.some((s) => s.text.includes('Russia could double the number of its troops')))).toBe(true);
    expect(unseen.every((g) => !g.articleIds.includes(seed1.id))).toBe(true);
    expect(unseen.some((g) => g.id === groupWith(comparison, 'never threatened the Ukrainian people')?.id)).toBe(false);
    expect(newSince(comparison, 'not-in-this-story')).toBeUndefined();
  });
});

describe('compareStory quote discrepancies', () => {
  it('does not flag identical quotes or quotes that differ only in quote style and punctuation', () => {
    const retyped = variant(seed2, 'retyped', (t) => t.replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'").replace(/,”/gu, '",'));
    const comparison = compareStory([seed2, retyped]);
    expect(comparison.discrepancies).toEqual([]);
    expect(sharedGroups(comparison).length).toBe(comparison.statements.filter((g) => g.coverage === 'all').length);
  });

  it('flags a translated quote worded differently by two outlets', () => {
    const comparison = compareStory(event(4));
    const macron = comparison.discrepancies.find((d) => d.speaker === 'Macron');
    expect(macron?.a.text).toMatch(/we do not always agree/u);
    expect(macron?.b.text).toMatch(/we don't always agree/u);
  });
});

describe('compareStory on one newswcl50 event (several outlets)', () => {
  const articles = event(2);
  const comparison = compareStory(articles);

  it('shares some statements across outlets', () => {
    expect(articles.length).toBeGreaterThanOrEqual(3);
    const groups = sharedGroups(comparison);
    expect(groups.length).toBeGreaterThanOrEqual(3);
    const tweet = groupWith(comparison, 'North Korea has agreed to suspend all Nuclear Tests and close up a major test site');
    expect(tweet?.statements.length).toBeGreaterThanOrEqual(2);
  });

  it('never groups sentences that give different numbers', () => {
    const numbersOf = (text: string) => statementFeatures(text).numbers;
    const check = (groups: StatementGroup[]) => {
      for (const group of groups) {
        const withNumbers = group.statements.map((s) => numbersOf(s.text)).filter((n) => n.length > 0);
        for (const numbers of withNumbers) expect(numbers).toEqual(withNumbers[0]);
      }
    };
    for (const n of [0, 1, 2, 4, 9]) check(sharedGroups(n === 2 ? comparison : compareStory(event(n))));
  });
});

describe('compareStory ids', () => {
  it('are the same across runs and article orders', () => {
    const first = compareStory([seed1, seed2]);
    const again = compareStory([seed2, seed1]);
    expect(again).toEqual(first);
    expect(compareStory([seed1, seed2])).toEqual(first);
  });

  it('derive from the article and its text, not from the rest of the story', () => {
    const alone = compareStory([seed1]);
    const inStory = compareStory([seed1, seed2]);
    const idsOf = (c: StoryComparison) => c.statements.flatMap((g) => g.statements).filter((s) => s.articleId === seed1.id).map((s) => s.id).sort();
    expect(idsOf(alone)).toEqual(idsOf(inStory));
    const quoteIds = (c: StoryComparison) => c.quotes.filter((q) => q.articleId === seed1.id).map((q) => q.id);
    expect(quoteIds(alone)).toEqual(quoteIds(inStory));
    expect(new Set(quoteIds(inStory)).size).toBe(quoteIds(inStory).length);
  });

  it('name a group by its smallest member id', () => {
    for (const group of compareStory([seed1, seed2]).statements) {
      expect(group.id).toBe(group.statements.map((s) => s.id).sort()[0]);
    }
  });
});
