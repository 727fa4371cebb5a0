import { SPEECH_VERBS } from '../text/name-words.js';
import type { StatementFeatures } from './features.js';
import { conflicts, similarity, type Similarity } from './similarity.js';
import type { AnalysedStatement } from './statements.js';
import { alignmentWords, alignWords, type AlignedWord } from './word-alignment.js';

/** How alike two sentences must be: the share of the smaller one's weight they share, and Dice. */
export interface Bar {
  overlap: number;
  dice: number;
}

// Thresholds, tuned for precision on the hand-labelled pairs of bench/compare (README there): a
// wrong "shared" misleads a reader, a missed one only hides a link.
/** A pair states the same thing: the rarer words of one mostly in the other, and not mostly about different things. */
export const PAIR_BAR: Bar = { overlap: 0.6, dice: 0.45 };
/** Every pair in a group must at least be related, so a group never chains A≈B≈C into A≈C. */
export const LINK_BAR: Bar = { overlap: 0.45, dice: 0.3 };
/** Fewer shared lexemes than this never make one statement (grouping skips such pairs unscored). */
export const MIN_SHARED = 3;
// Up to this many shared lexemes the evidence is thin ("Iran must never have nuclear weapons" and
// "Iran lied about never having a nuclear weapons program" share four): the smaller sentence must then
// read within the other, each of its meaning words having a counterpart there, in order. A link inside
// a group (LINK_BAR) needs no more: stronger pairs already tie both sentences to the group.
const THIN_EVIDENCE = 4;
// A sentence quoting someone states what the quote says: when the smaller one quotes at least this
// many lexemes, this share of their weight must be in the other, so a shared attribution ("said a
// statement from Chairman Bob Goodlatte, Trey Gowdy and Devin Nunes") does not make two quotes one.
const MIN_QUOTED = 2;
const MIN_QUOTE_COVERED = 0.5;
// Two sentences quoting this many of the same lexemes report one quotation, whoever else each names
// ("said Kate Allen … in an interview with BBC Radio Kent" / "… of Amnesty International, a London-headquartered …").
const SHARED_QUOTATION = 6;

/** The similarity of two statements of different articles when they state the same thing at `bar`, else undefined. */
export function sameStatement(
  a: AnalysedStatement,
  b: AnalysedStatement,
  weight: (lexeme: string) => number,
  bar: Bar = PAIR_BAR,
): Similarity | undefined {
  const sim = similarity(a.features, b.features, weight);
  if (sim.shared < MIN_SHARED || sim.overlap < bar.overlap || sim.dice < bar.dice) return undefined;
  if (!sharesMeaning(a.features, b.features)) return undefined;
  const [smaller, larger] = sim.smallerIsA ? [a, b] : [b, a];
  if (!quoteCovered(smaller.features, larger.features, weight)) return undefined;
  if (!numbersWithin(smaller.features, larger.features)) return undefined;
  if (conflicts(a.features, b.features, sharesQuotation(a.features, b.features))) return undefined;
  if (bar === PAIR_BAR && sim.shared <= THIN_EVIDENCE && !readsWithin(smaller, larger)) return undefined;
  return sim;
}

/** Whether what `smaller` quotes (when it quotes enough to tell) is mostly in `larger`. */
function quoteCovered(smaller: StatementFeatures, larger: StatementFeatures, weight: (lexeme: string) => number): boolean {
  if (smaller.quoted.size < MIN_QUOTED) return true;
  let total = 0;
  let covered = 0;
  for (const lexeme of smaller.quoted) {
    const w = weight(lexeme);
    total += w;
    if (larger.lexemes.has(lexeme)) covered += w;
  }
  return covered >= MIN_QUOTE_COVERED * total;
}

/**
 * Whether every number of `smaller` is in `larger`: the smaller sentence is the one said to be within
 * the other ("serving three life sentences" is not within "serving a life sentence").
 */
function numbersWithin(smaller: StatementFeatures, larger: StatementFeatures): boolean {
  return smaller.numbers.every((n) => larger.numbers.includes(n));
}

/**
 * Whether the two share a word beyond who, where and when: "Netanyahu met in Tel Aviv on Sunday with
 * Secretary of State Mike Pompeo" and "Netanyahu briefed Secretary of State Mike Pompeo … in Tel Aviv
 * on Sunday" share eight lexemes, all names, titles and days, and tell two different things.
 */
function sharesMeaning(a: StatementFeatures, b: StatementFeatures): boolean {
  for (const lexeme of a.lexemes) if (b.lexemes.has(lexeme) && !a.nameLexemes.has(lexeme) && !b.nameLexemes.has(lexeme)) return true;
  return false;
}

/** Whether the two quote SHARED_QUOTATION lexemes alike: then only numbers, not names, can set them apart. */
function sharesQuotation(a: StatementFeatures, b: StatementFeatures): boolean {
  let shared = 0;
  for (const lexeme of a.quoted) if (b.quoted.has(lexeme)) shared++;
  return shared >= SHARED_QUOTATION;
}

// Alignment words are made only for the few thin pairs, once per statement.
const wordsCache = new WeakMap<AnalysedStatement, AlignedWord[]>();

function wordsOf(item: AnalysedStatement): AlignedWord[] {
  let words = wordsCache.get(item);
  if (!words) {
    words = alignmentWords(item.statement.text);
    wordsCache.set(item, words);
  }
  return words;
}

/** Whether every meaning word of `smaller` (speech verbs aside) has a counterpart in `larger`, in order. */
function readsWithin(smaller: AnalysedStatement, larger: AnalysedStatement): boolean {
  const words = wordsOf(smaller);
  const aligned = new Set(alignWords(words, wordsOf(larger)).map((p) => p.a));
  return words.every((w, i) => !w.content || SPEECH_VERBS.has(w.norm) || aligned.has(i));
}
