import { stem } from 'porter2';
import { ENGLISH_STOP_WORDS } from '../search/stop-words.js';
import { tokenize } from '../text/tokens.js';

/** A word of a text prepared for alignment. */
export interface AlignedWord {
  /** Offsets in the text it came from. */
  start: number;
  end: number;
  /** Lowercase, straight apostrophes: what "the same word" means. */
  norm: string;
  stem: string;
  content: boolean;
}

/** Two aligned words: index into each list, and whether they are the same word or only alike ("clear", "clearer"). */
export interface WordPair {
  a: number;
  b: number;
  exact: boolean;
}

// Content words carry the alignment; stop words only fill gaps between them.
const CONTENT_EXACT = 1;
const CONTENT_ALIKE = 0.8;
const STOP_EXACT = 0.3;
// "clear"/"clearer", "decrease"/"decreased": a shared start this long, and at most this many letters more.
const MIN_PREFIX = 4;
const MAX_EXTRA = 3;

// Contractions count as the words they stand for ("don't" = "do not"), so expanding one in a quote is
// no misquote. "'s" and "'d" are left alone: each stands for two different words.
const CONTRACTION = /^(.+?)(n't|'m|'re|'ve|'ll)$/u;
const CONTRACTED = new Map([["n't", 'not'], ["'m", 'am'], ["'re", 'are'], ["'ve", 'have'], ["'ll", 'will']]);
const IRREGULAR = new Map([['wo', 'will'], ['ca', 'can'], ['sha', 'shall']]);

/** The words of `text` (from `offset` in its block) ready for alignWords; a contraction gives two words at one place. */
export function alignmentWords(text: string, offset = 0): AlignedWord[] {
  const words: AlignedWord[] = [];
  for (const token of tokenize(text, offset)) {
    if (!token.word) continue;
    const lower = token.text.toLowerCase().replace(/’/gu, "'");
    const parts = CONTRACTION.exec(lower);
    const norms = parts ? [IRREGULAR.get(parts[1] ?? '') ?? parts[1] ?? '', CONTRACTED.get(parts[2] ?? '') ?? ''] : [lower];
    for (const norm of norms) {
      const key = spellingKey(norm);
      words.push({ start: token.start, end: token.end, norm: key, stem: stem(key), content: !ENGLISH_STOP_WORDS.has(norm) });
    }
  }
  return words;
}

/** British and American spellings as one: "neighbourhood"/"neighborhood", "analyse"/"analyze", "centre"/"center". */
function spellingKey(word: string): string {
  return word
    .replace(/our(?=hood|s?$|ed$|ing$|able$|ite)/u, 'or')
    .replace(/([^aeiou])is(e|es|ed|ing|ation|ations)$/u, '$1iz$2')
    .replace(/ys(e|es|ed|ing)$/u, 'yz$1')
    .replace(/([^aeiou])tre(s?)$/u, '$1ter$2')
    .replace(/([aeiou])ll(ed|ing|er)$/u, '$1l$2');
}

/**
 * The best order-preserving alignment of two word lists (a weighted longest common subsequence):
 * identical words, and content words that are alike — the same stem, one a short extension of the
 * other ("clear"/"clearer"), or one letter apart ("analysing"/"analyzing").
 */
export function alignWords(a: readonly AlignedWord[], b: readonly AlignedWord[]): WordPair[] {
  const cols = b.length + 1;
  const score = new Float64Array((a.length + 1) * cols);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const gain = matchWeight(a[i - 1], b[j - 1]);
      const diagonal = gain > 0 ? (score[(i - 1) * cols + j - 1] ?? 0) + gain : 0;
      score[i * cols + j] = Math.max(score[(i - 1) * cols + j] ?? 0, score[i * cols + j - 1] ?? 0, diagonal);
    }
  }
  const pairs: WordPair[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 && j > 0) {
    const here = score[i * cols + j] ?? 0;
    const gain = matchWeight(a[i - 1], b[j - 1]);
    if (gain > 0 && Math.abs(here - ((score[(i - 1) * cols + j - 1] ?? 0) + gain)) < 1e-9) {
      pairs.push({ a: i - 1, b: j - 1, exact: a[i - 1]?.norm === b[j - 1]?.norm });
      i--;
      j--;
    } else if ((score[(i - 1) * cols + j] ?? 0) >= (score[i * cols + j - 1] ?? 0)) i--;
    else j--;
  }
  return pairs.reverse();
}

function matchWeight(x: AlignedWord | undefined, y: AlignedWord | undefined): number {
  if (!x || !y) return 0;
  if (x.norm === y.norm) return x.content ? CONTENT_EXACT : STOP_EXACT;
  if (!x.content || !y.content) return 0;
  return alike(x, y) ? CONTENT_ALIKE : 0;
}

/** Whether two content words are one word as alignWords counts it: the same, or alike ("clear"/"clearer"). */
export function sameWord(x: AlignedWord, y: AlignedWord): boolean {
  return x.content && y.content && (x.norm === y.norm || alike(x, y));
}

function alike(x: AlignedWord, y: AlignedWord): boolean {
  if (x.stem === y.stem) return true;
  const [short, long] = x.norm.length <= y.norm.length ? [x.norm, y.norm] : [y.norm, x.norm];
  if (short.length >= MIN_PREFIX && long.startsWith(short) && long.length - short.length <= MAX_EXTRA) return true;
  return short.length >= 5 && long.length === short.length && oneSubstitution(short, long);
}

function oneSubstitution(a: string, b: string): boolean {
  let differences = 0;
  for (let i = 0; i < a.length && differences < 2; i++) if (a[i] !== b[i]) differences++;
  return differences === 1;
}
