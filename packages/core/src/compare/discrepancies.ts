import { diffWords } from 'diff';
import { SPEECH_VERBS } from '../text/name-words.js';
import type { Sentence } from '../text/sentences.js';
import type { Discrepancy, StoryQuote, Wording } from './comparison.js';
import { citationId } from './ids.js';
import { alignmentWords, alignWords, sameWord, type AlignedWord, type WordPair } from './word-alignment.js';

/** What discrepancy finding needs of each article: its place in the story, blocks and sentences. */
export interface QuotedArticle {
  rank: number;
  blocks: readonly { text: string }[];
  sentences: readonly Sentence[];
}

// Two quotations are of one statement when the words around and in them align this well: most
// content words of the compared stretch on each side have a counterpart on the other.
const MIN_COVERAGE = 0.6;
// At least this many content words must be quoted on both sides, one of them word for word, and
// this share of the shorter quotation's content words must have a counterpart in the longer one.
const MIN_SHARED_QUOTED = 2;
const MIN_SHORTER_MATCHED = 0.6;
// An editor's insertion inside a quotation, "(Russian President Vladimir) Putin", "[a] swift", is not the speaker's.
const BRACKETED = /\([^()]*\)|\[[^\[\]]*\]/gu;
const QUOTE_MARKS = /[“”"„«»]|(?<![\p{L}\p{N}])['‘’]|['‘’](?![\p{L}\p{N}])/gu;
// A short quotation given in other words: "reduce emotions" / "emotions will decrease". Each side quotes
// 2–4 meaning words and shares one at least; either all are shared in another order, or each side has
// one word the other lacks (a synonym, or an inflection the stemmer misses: a word more on one side
// only is a shorter excerpt). A changed word also needs both articles to introduce the quotation with
// the same word ("Russia hopes …" / "Moscow hopes …"): "a new deal" and "terrible deal" are two statements.
const REWORDED_MIN = 2;
const REWORDED_MAX = 4;
const REWORDED_MISSING = 1;
const MARK = /[“”"„«»‘’']/u;
const CAPITAL = /^\p{Lu}/u;

/** One quote in its surroundings: the words of the sentences it spans, marked where quoted. */
interface QuoteContext {
  quote: StoryQuote;
  rank: number;
  blockText: string;
  words: AlignedWord[];
  quoted: boolean[];
}

/**
 * Pairs of direct quotes, in different articles, of one speaker saying one thing in different
 * words. Only words both articles put inside quote marks count as different: a paraphrase around
 * a quote, a longer or shorter excerpt, punctuation, case and quote style do not. A short quotation
 * whose words are reordered or one word changed counts too (see REWORDED_*).
 */
export function findDiscrepancies(quotes: readonly StoryQuote[], articles: ReadonlyMap<string, QuotedArticle>): Discrepancy[] {
  const bySpeaker = new Map<string, StoryQuote[]>();
  for (const quote of quotes) {
    if (quote.kind !== 'direct' || !quote.speaker) continue;
    const key = quote.speaker.toLowerCase();
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), quote]);
  }
  const found: Discrepancy[] = [];
  for (const [, quoted] of bySpeaker) {
    // A speaker quoted by one article only has nobody to disagree with.
    if (new Set(quoted.map((q) => q.articleId)).size < 2) continue;
    const contexts = quoted.map((q) => contextOf(q, articles.get(q.articleId))).filter((c) => c !== undefined);
    contexts.sort((x, y) => x.rank - y.rank || x.quote.start - y.quote.start);
    for (let i = 0; i < contexts.length; i++) {
      for (let j = i + 1; j < contexts.length; j++) {
        const a = contexts[i];
        const b = contexts[j];
        if (!a || !b || a.quote.articleId === b.quote.articleId) continue;
        const discrepancy = compareQuotes(a, b) ?? compareReworded(a, b);
        if (discrepancy) found.push(discrepancy);
      }
    }
  }
  return found;
}

function contextOf(quote: StoryQuote, article: QuotedArticle | undefined): QuoteContext | undefined {
  const block = article?.blocks[quote.blockIndex];
  const first = article?.sentences[quote.sentenceIndex];
  const last = article?.sentences[quote.lastSentenceIndex];
  if (!article || !block || !first || !last) return undefined;
  const inserted = [...block.text.matchAll(BRACKETED)].map((m) => [m.index, m.index + m[0].length] as const);
  const words = alignmentWords(block.text.slice(first.start, last.end), first.start).filter(
    (w) => !inserted.some(([from, to]) => w.start >= from && w.end <= to),
  );
  const quoted = words.map((w) => w.start >= quote.start && w.end <= quote.end);
  return { quote, rank: article.rank, blockText: block.text, words, quoted };
}

/** The discrepancy between two quotes, or undefined when they are not one statement or say it alike. */
function compareQuotes(a: QuoteContext, b: QuoteContext): Discrepancy | undefined {
  const pairs = alignWords(a.words, b.words);
  const bothQuoted = pairs.filter((p) => a.quoted[p.a] && b.quoted[p.b]);
  const quotedContent = bothQuoted.filter((p) => a.words[p.a]?.content && b.words[p.b]?.content);
  if (quotedContent.length < MIN_SHARED_QUOTED || !quotedContent.some((p) => p.exact)) return undefined;
  // Two long quotations of one speaker share a phrase or two by chance; one statement shares most words.
  const contentA = a.words.filter((w, i) => w.content && a.quoted[i]).length;
  const contentB = b.words.filter((w, i) => w.content && b.quoted[i]).length;
  if (quotedContent.length < MIN_SHORTER_MATCHED * Math.min(contentA, contentB)) return undefined;

  // The stretch each side compares: every aligned word touching either quote.
  const touching = pairs.filter((p) => a.quoted[p.a] || b.quoted[p.b]);
  const spanA = spanOf(touching.map((p) => p.a));
  const spanB = spanOf(touching.map((p) => p.b));
  if (coverage(a.words, spanA, new Set(touching.map((p) => p.a))) < MIN_COVERAGE) return undefined;
  if (coverage(b.words, spanB, new Set(touching.map((p) => p.b))) < MIN_COVERAGE) return undefined;

  // Words differ only where both sides quote: between the first and last word quoted by both.
  const zoneA = spanOf(bothQuoted.map((p) => p.a));
  const zoneB = spanOf(bothQuoted.map((p) => p.b));
  if (!differsWithin(bothQuoted, zoneA, zoneB, pairs)) return undefined;

  const start = (c: QuoteContext, i: number) => c.words[i]?.start ?? c.quote.start;
  const end = (c: QuoteContext, i: number) => c.words[i]?.end ?? c.quote.end;
  return discrepancy(a, b, wording(a, start(a, spanA[0]), end(a, spanA[1])), wording(b, start(b, spanB[0]), end(b, spanB[1])));
}

/**
 * The discrepancy between two short quotations of one statement in other words (REWORDED_*), or
 * undefined. Each side's wording is its whole quotation, marks included, so the diff shows the words
 * moved and changed.
 */
function compareReworded(a: QuoteContext, b: QuoteContext): Discrepancy | undefined {
  const wordsA = quotedMeaning(a);
  const wordsB = quotedMeaning(b);
  if ([wordsA, wordsB].some((w) => w.length < REWORDED_MIN || w.length > REWORDED_MAX)) return undefined;
  // One-to-one, in any order: each word of a takes the first unused alike word of b.
  const used = new Set<number>();
  const partner = wordsA.map((x) => {
    const j = wordsB.findIndex((y, k) => !used.has(k) && sameWord(x, y));
    if (j !== -1) used.add(j);
    return j;
  });
  const matched = used.size;
  const missing = wordsA.length - matched;
  // A word more on one side only is a longer or shorter excerpt, not other words.
  if (matched === 0 || missing !== wordsB.length - matched || missing > REWORDED_MISSING) return undefined;
  const reworded = missing > 0;
  const inOrder = partner.filter((j) => j !== -1).every((j, i, list) => i === 0 || j > (list[i - 1] ?? -1));
  if (!reworded && inOrder) return undefined;
  if (reworded && !sameIntroduction(a, b)) return undefined;
  return discrepancy(a, b, quotationWording(a), quotationWording(b));
}

/** The meaning words inside the quotation (stop words and speech verbs aside). */
function quotedMeaning(context: QuoteContext): AlignedWord[] {
  return context.words.filter((w, i) => context.quoted[i] && w.content && !SPEECH_VERBS.has(w.norm));
}

/** Whether the nearest meaning word before each quotation (names and speech verbs aside) is one word: "Russia hopes", "Moscow hopes". */
function sameIntroduction(a: QuoteContext, b: QuoteContext): boolean {
  const x = introduction(a);
  const y = introduction(b);
  return x !== undefined && y !== undefined && sameWord(x, y);
}

function introduction(context: QuoteContext): AlignedWord | undefined {
  for (let i = context.words.length - 1; i >= 0; i--) {
    const w = context.words[i];
    if (!w || w.end > context.quote.start || context.quoted[i]) continue;
    if (w.content && !SPEECH_VERBS.has(w.norm) && !CAPITAL.test(context.blockText.slice(w.start, w.end))) return w;
  }
  return undefined;
}

/** A discrepancy between the two wordings, with its word diff. */
function discrepancy(a: QuoteContext, b: QuoteContext, wordingA: Wording, wordingB: Wording): Discrepancy {
  return {
    id: citationId(a.quote.id, 'discrepancy', b.quote.id),
    speaker: a.quote.speaker ?? '',
    a: wordingA,
    b: wordingB,
    diff: diffWords(plain(wordingA.text), plain(wordingB.text), { ignoreCase: true }),
  };
}

function spanOf(indexes: readonly number[]): [number, number] {
  return [Math.min(...indexes), Math.max(...indexes)];
}

/** The share of content words in words[span] that have a counterpart. */
function coverage(words: readonly AlignedWord[], [from, to]: [number, number], aligned: ReadonlySet<number>): number {
  let content = 0;
  let matched = 0;
  for (let i = from; i <= to; i++) {
    if (!words[i]?.content) continue;
    content++;
    if (aligned.has(i)) matched++;
  }
  return content === 0 ? 0 : matched / content;
}

/** Whether, inside both zones, some word lacks a counterpart or has only a similar one. */
function differsWithin(bothQuoted: readonly WordPair[], [a0, a1]: [number, number], [b0, b1]: [number, number], pairs: readonly WordPair[]): boolean {
  if (bothQuoted.some((p) => !p.exact)) return true;
  const inZone = pairs.filter((p) => p.a >= a0 && p.a <= a1 && p.b >= b0 && p.b <= b1);
  return inZone.length !== a1 - a0 + 1 || inZone.length !== b1 - b0 + 1;
}

/** The quotation as printed, its marks included: ‘emotions will decrease’. */
function quotationWording(context: QuoteContext): Wording {
  const { blockText, quote } = context;
  const start = MARK.test(blockText[quote.start - 1] ?? '') ? quote.start - 1 : quote.start;
  const end = MARK.test(blockText[quote.end] ?? '') ? quote.end + 1 : quote.end;
  return wording(context, start, end);
}

function wording(context: QuoteContext, start: number, end: number): Wording {
  return {
    articleId: context.quote.articleId,
    quoteId: context.quote.id,
    text: context.blockText.slice(start, end),
    blockIndex: context.quote.blockIndex,
    start,
    end,
  };
}

/** Text without quote marks (apostrophes inside words stay), single-spaced, for the word diff. */
function plain(text: string): string {
  return text.replace(QUOTE_MARKS, '').replace(/\s+/gu, ' ').trim();
}
