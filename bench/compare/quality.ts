// Statement alignment quality on the hand-labelled pairs (README.md): of the pairs compareStory puts
// in one group ("shared"), how many are truly one statement, and how many labelled true pairs it finds.
import { readdirSync, readFileSync } from 'node:fs';
import { compareStory, type Statement } from '@dateline/core';
import type { BenchStory } from './stories.js';

/** One side of a labelled pair: the article's file, the statement id compareStory gives it, and its opening words. */
export interface LabelledSide {
  file: string;
  id: string;
  text: string;
}

/** A pair of sentences from two articles of one story, judged by hand: do they state the same thing? */
export interface LabelledPair {
  a: LabelledSide;
  b: LabelledSide;
  same: boolean;
}

/** Counts for one set of stories. */
export interface AlignmentFigures {
  /** Pairs of statements compareStory puts in one group. */
  predicted: number;
  /** Predicted pairs labelled the same statement / labelled different. */
  truePositives: number;
  falsePositives: number;
  /** Predicted pairs with no label yet: label them (see README) before trusting the figures. */
  unlabelled: number;
  labelledTrue: number;
  labelledFalse: number;
  /** Labels naming a statement id the comparison no longer has (the sentence splitter changed). */
  stale: number;
  /** truePositives / (truePositives + falsePositives). */
  precision: number;
  /** truePositives / labelledTrue. */
  recall: number;
}

/** A predicted pair to look at: a wrong "shared" or one not labelled yet. */
export interface PairToReview {
  story: string;
  kind: 'wrong' | 'unlabelled';
  a: Statement;
  b: Statement;
}

const LABELS = new URL('./labels/', import.meta.url);

/** Every labelled pair, by story name. */
export function loadLabels(): Map<string, LabelledPair[]> {
  const byStory = new Map<string, LabelledPair[]>();
  for (const file of readdirSync(LABELS).filter((name) => name.endsWith('.json')).sort()) {
    const { story, pairs } = JSON.parse(readFileSync(new URL(file, LABELS), 'utf8')) as { story: string; pairs: LabelledPair[] };
    byStory.set(story, [...(byStory.get(story) ?? []), ...pairs]);
  }
  return byStory;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}:${b}` : `${b}:${a}`);

/** The counts behind AlignmentFigures, for one story. */
export type AlignmentCounts = Omit<AlignmentFigures, 'precision' | 'recall'>;

const noCounts = (): AlignmentCounts => ({ predicted: 0, truePositives: 0, falsePositives: 0, unlabelled: 0, labelledTrue: 0, labelledFalse: 0, stale: 0 });

/** Counts compareStory's shared pairs on one story against its labels; `review` collects the pairs to look at. */
export function scoreStory(story: BenchStory, labels: readonly LabelledPair[], review: PairToReview[] = []): AlignmentCounts {
  const counts = noCounts();
  const comparison = compareStory(story.articles);
  const known = new Set(comparison.statements.flatMap((g) => g.statements.map((s) => s.id)));
  const judged = new Map<string, boolean>();
  for (const pair of labels) {
    judged.set(pairKey(pair.a.id, pair.b.id), pair.same);
    if (pair.same) counts.labelledTrue++;
    else counts.labelledFalse++;
    if (!known.has(pair.a.id) || !known.has(pair.b.id)) counts.stale++;
  }
  for (const group of comparison.statements) {
    group.statements.forEach((a, i) => {
      for (const b of group.statements.slice(i + 1)) {
        counts.predicted++;
        const same = judged.get(pairKey(a.id, b.id));
        if (same === true) counts.truePositives++;
        else {
          if (same === false) counts.falsePositives++;
          else counts.unlabelled++;
          review.push({ story: story.name, kind: same === false ? 'wrong' : 'unlabelled', a, b });
        }
      }
    });
  }
  return counts;
}

/** The counts of several stories added up, with precision and recall. */
export function summarise(counts: readonly AlignmentCounts[]): AlignmentFigures {
  const total = noCounts();
  for (const one of counts) for (const key of Object.keys(total) as (keyof AlignmentCounts)[]) total[key] += one[key];
  const judged = total.truePositives + total.falsePositives;
  return {
    ...total,
    precision: judged > 0 ? total.truePositives / judged : NaN,
    recall: total.labelledTrue > 0 ? total.truePositives / total.labelledTrue : NaN,
  };
}
