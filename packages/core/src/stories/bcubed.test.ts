import { describe, expect, it } from 'vitest';
import { scoreBCubed } from './bcubed.js';

/** item → label maps from clusters written as arrays of item names. */
function labels(clusters: string[][]): Map<string, number> {
  return new Map(clusters.flatMap((items, label) => items.map((item) => [item, label] as const)));
}

// Bagga & Baldwin (1998), "Algorithms for scoring coreference chains", figures 1–3: twelve mentions in
// true chains {1–5}, {6, 7}, {8, 9, A, B, C}.
const truth = labels([['1', '2', '3', '4', '5'], ['6', '7'], ['8', '9', 'A', 'B', 'C']]);

describe('scoreBCubed', () => {
  it('scores the paper’s first response: the two smaller chains merged', () => {
    const score = scoreBCubed(labels([['1', '2', '3', '4', '5'], ['6', '7', '8', '9', 'A', 'B', 'C']]), truth);
    // Precision (5·1 + 2·2/7 + 5·5/7) / 12 = 64/84; recall 1.
    expect(score.precision).toBeCloseTo(64 / 84, 10);
    expect(score.recall).toBe(1);
    expect(score.f1).toBeCloseTo((2 * (64 / 84)) / (1 + 64 / 84), 10);
  });

  it('scores the paper’s second response: the two larger chains merged, which B-cubed punishes more', () => {
    const score = scoreBCubed(labels([['1', '2', '3', '4', '5', '8', '9', 'A', 'B', 'C'], ['6', '7']]), truth);
    // Precision (5·5/10 + 2·1 + 5·5/10) / 12 = 7/12.
    expect(score.precision).toBeCloseTo(7 / 12, 10);
    expect(score.recall).toBe(1);
  });

  it('gives precision 1 to all singletons and recall 1 to one big cluster', () => {
    const singletons = scoreBCubed(labels([...truth.keys()].map((item) => [item])), truth);
    expect(singletons.precision).toBe(1);
    // Each item finds 1/|its chain| of its chain: (5·1/5 + 2·1/2 + 5·1/5) / 12 = 3/12.
    expect(singletons.recall).toBeCloseTo(3 / 12, 10);
    const one = scoreBCubed(labels([[...truth.keys()]]), truth);
    expect(one.recall).toBe(1);
    // (5·5/12 + 2·2/12 + 5·5/12) / 12 = 54/144.
    expect(one.precision).toBeCloseTo(54 / 144, 10);
  });

  it('is perfect for the truth itself, whatever the labels are called', () => {
    const renamed = new Map([...truth].map(([item, label]) => [item, `story-${label * 7}`]));
    expect(scoreBCubed(renamed, truth)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('counts an item missing from the prediction as a cluster of its own', () => {
    const predicted = new Map(truth);
    predicted.delete('6');
    const score = scoreBCubed(predicted, truth);
    expect(score.precision).toBe(1);
    // 6 and 7 each see half their chain.
    expect(score.recall).toBeCloseTo((10 + 0.5 + 0.5) / 12, 10);
  });

  it('returns zeros for an empty truth', () => {
    expect(scoreBCubed(new Map(), new Map())).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
