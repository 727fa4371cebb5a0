// Body text scores as article-extraction-benchmark's evaluate.py defines them
// (https://github.com/scrapinghub/article-extraction-benchmark): \w+ tokens, shingles of 4 tokens,
// TP/FP/FN normalised per page, precision and recall averaged over pages, F1 from the two means.

/** Normalised true positives, false positives and false negatives of one page. */
export type Counts = [tp: number, fp: number, fn: number];

// Python's \w in Unicode mode: letters, digits and underscore.
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Counts of matching n-token shingles between expected and extracted text, normalised to sum to 1. */
export function shingleCounts(truth: string, predicted: string, n = 4): Counts {
  const expected = shingles(truth, n);
  const got = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...expected.keys(), ...got.keys()])) {
    const t = expected.get(key) ?? 0;
    const p = got.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

function shingles(text: string, n: number): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const key = tokens.slice(i, i + n).join(' ');
    if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Precision, recall and F1 over pages, as evaluate.py computes them. */
export function benchmarkF1(pages: Counts[]): { precision: number; recall: number; f1: number } {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(([tp, fp, fn]) => score(tp, fp, fn, fp)));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(([tp, fp, fn]) => score(tp, fp, fn, fn)));
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

function score(tp: number, fp: number, fn: number, miss: number): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && miss === 0) return 0;
  return tp / (tp + miss);
}

/** Bag-of-words F1 of one page: single-token counts, case kept. */
export function wordF1(truth: string, predicted: string): number {
  const [tp, fp, fn] = shingleCounts(truth, predicted, 1);
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}
