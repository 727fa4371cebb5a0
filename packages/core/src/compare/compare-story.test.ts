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

const jsonl = <T>(path: string): T[] =>
  readFileSync(fileURLToPath(new URL(path, shared)), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
/** One NewsWCL50 outlet's article ("9_LL"), from the JSONL: the dateline folder lacks those without a dated address. */
const outlet = (id: string) => {
  const record = jsonl<{ id: string; date_from_url: string | null; body: string }>('corpora/jsonl/newswcl50.jsonl').find((r) => r.id === id);
  return parseDateline(` date ${record?.date_from_url ?? '2018-04-30'} ${record?.body ?? ''}`, id);
};
/** One ECB+ document, a paragraph per sentence (the corpus spaces its quote marks, so it splits sentences itself). */
const ecbDocument = (id: string) => {
  const record = jsonl<{ id: string; sentences: string[] }>('corpora/jsonl/ecbplus_docs.jsonl').find((r) => r.id === id);
  return parseDateline(` date 2013-08-02 ${record?.sentences.join('\n\n') ?? ''}`, id);
};

const groupWith = (comparison: StoryComparison, fragment: string) =>
  comparison.statements.find((g) => g.statements.some((s) => s.text.includes(fragment)));
const sharedGroups = (comparison: StoryComparison) => comparison.statements.filter((g) => g.coverage !== 'one');
/** Whether the sentences holding the two fragments (each must be there) share a group. */
const together = (comparison: StoryComparison, one: string, other: string) => {
  const a = groupWith(comparison, one);
  const b = groupWith(comparison, other);
  expect(a, one).toBeDefined();
  expect(b, other).toBeDefined();
  return a?.id === b?.id;
};

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

  it('flags Lavrov’s reworded ‘reduce emotions’ / ‘emotions will decrease’ with a word diff', () => {
    const found = comparison.discrepancies.find((d) => d.a.text.includes('emotions') && d.b.text.includes('emotions'));
    expect(found?.speaker).toBe('Lavrov');
    expect(found?.a).toMatchObject({ articleId: seed2.id, text: '‘emotions will decrease’' });
    expect(found?.b).toMatchObject({ articleId: seed1.id, text: '‘reduce emotions’' });
    expect(found?.diff.filter((c) => !c.added && !c.removed).map((c) => c.value.trim())).toEqual(['emotions']);
    expect(found?.diff.filter((c) => c.removed).map((c) => c.value.trim())).toEqual(['will decrease']);
    expect(found?.diff.filter((c) => c.added).map((c) => c.value.trim())).toEqual(['reduce']);
  });

  it('finds no other discrepancy between the seeds', () => {
    expect(comparison.discrepancies).toHaveLength(2);
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

describe('compareStory quote discrepancies in other words: only one statement by one speaker', () => {
  it('does not pair two different statements of one speaker that share a word (“a new deal”, “terrible deal”)', () => {
    const comparison = compareStory(event(4));
    const deals = comparison.discrepancies.filter((d) => /new deal|terrible deal/u.test(`${d.a.text} ${d.b.text}`));
    expect(deals).toEqual([]);
  });

  it('does not take a shorter excerpt for other words (“discuss the end of the war”)', () => {
    const comparison = compareStory(event(0));
    const blessing = comparison.discrepancies.filter((d) => d.a.text.includes('end of the war') || d.b.text.includes('end of the war'));
    expect(blessing).toEqual([]);
  });

  it('does not pair one speaker’s words on two occasions (“historic achievement”, “historical moment”)', () => {
    const comparison = compareStory([read('corpora/dateline/russia-ukraine-guardian/guardian-0159.txt'), read('corpora/dateline/russia-ukraine-guardian/guardian-0178.txt')]);
    const direct = comparison.quotes.filter((q) => q.kind === 'direct' && q.speaker === 'Zelenskiy').map((q) => q.text);
    expect(direct).toEqual(expect.arrayContaining(['historic achievement', 'historical moment']));
    expect(comparison.discrepancies.filter((d) => d.speaker === 'Zelenskiy')).toEqual([]);
  });
});

describe('compareStory shares only what two sentences both state', () => {
  it('keeps apart two quotations that share only their attribution', () => {
    const comparison = compareStory(event(1));
    expect(together(comparison, 'These memos are significant for both what is in them', 'said in a joint statement that Comey')).toBe(false);
  });

  it('keeps apart short sentences that share a few words but say something else', () => {
    expect(together(compareStory(event(9)), 'Iran must never have nuclear weapons', 'Iran lied about never having a nuclear weapons program')).toBe(false);
    expect(together(compareStory(event(1)), 'Also, he leaked classified information', 'critics have accused him of leaking classified information')).toBe(false);
    expect(together(compareStory(event(6)), 'they chanted and waved Honduran flags', 'walked with the group, waving a huge Honduran flag')).toBe(false);
  });

  it('keeps apart sentences that share only who, where and when', () => {
    const comparison = compareStory([outlet('9_L'), outlet('9_LL')]);
    expect(together(comparison, 'Netanyahu met in Tel Aviv on Sunday', 'briefed Secretary of State Mike Pompeo about the details')).toBe(false);
  });

  it('keeps apart a sentence giving a number the other lacks', () => {
    const comparison = compareStory([ecbDocument('3_3ecbplus'), ecbDocument('3_9ecbplus')]);
    expect(together(comparison, 'is a convicted sex offender serving a life sentence', 'is serving three life sentences')).toBe(false);
  });

  it('shares one quotation reported with different people named around it', () => {
    expect(together(compareStory(event(5)), 'in an interview with BBC Radio Kent', 'a London-headquartered humanitarian organization')).toBe(true);
    expect(together(compareStory(event(1)), 'Putin had told him, ‘We have some', "(Russian President Vladimir) Putin had told him 'we have")).toBe(true);
  });

  it('reads a title-case headline’s capitals as no names', () => {
    const comparison = compareStory(event(5));
    expect(together(comparison, 'President Trump to Visit United Kingdom in July', 'Trump to visit United Kingdom in July, meet with PM Theresa May')).toBe(true);
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
