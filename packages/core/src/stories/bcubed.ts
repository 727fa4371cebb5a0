/** B-cubed precision, recall and their harmonic mean, each in [0, 1]. */
export interface BCubedScore {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * B-cubed scores (Bagga & Baldwin 1998) of a clustering against the truth, both given as item →
 * label: per item, precision is the share of its predicted cluster that truly belongs with it and
 * recall the share of its true cluster found in its predicted one; both are averaged over the items
 * of `truth`. An item missing from `predicted` counts as a cluster of its own. All zeros for no items.
 */
export function scoreBCubed<L1, L2>(predicted: ReadonlyMap<string, L1>, truth: ReadonlyMap<string, L2>): BCubedScore {
  // Per item the scores depend only on the (predicted, true) label pair, so count those pairs.
  const pairCounts = new Map<L1 | symbol, Map<L2, number>>();
  const predictedSizes = new Map<L1 | symbol, number>();
  const trueSizes = new Map<L2, number>();
  for (const [item, label] of truth) {
    const cluster = predicted.has(item) ? (predicted.get(item) as L1) : Symbol(item);
    let row = pairCounts.get(cluster);
    if (!row) pairCounts.set(cluster, (row = new Map()));
    row.set(label, (row.get(label) ?? 0) + 1);
    predictedSizes.set(cluster, (predictedSizes.get(cluster) ?? 0) + 1);
    trueSizes.set(label, (trueSizes.get(label) ?? 0) + 1);
  }
  if (truth.size === 0) return { precision: 0, recall: 0, f1: 0 };
  let precision = 0;
  let recall = 0;
  for (const [cluster, row] of pairCounts) {
    for (const [label, n] of row) {
      // n items each see n right neighbours (themselves included) in a cluster of its size.
      precision += (n * n) / predictedSizes.get(cluster)!;
      recall += (n * n) / trueSizes.get(label)!;
    }
  }
  precision /= truth.size;
  recall /= truth.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
