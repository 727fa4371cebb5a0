import type { TermWeights } from './terms.js';

/** The tunable numbers of story clustering; see README.md for how the defaults were chosen. */
export interface StoryOptions {
  /** Articles more than this many days apart are never compared (unless one has no date). */
  windowDays: number;
  /** Terms kept per article: bounds its memory and the inverted index. */
  maxTerms: number;
  /** Terms kept per story centroid. */
  centroidTerms: number;
  /** A story whose score reaches this takes the article; else the article starts a story. */
  joinThreshold: number;
  /** An earlier article moves to the new article's story when it fits it this much better than its own. */
  moveMargin: number;
  /** Story score = linkWeight × best member cosine + (1 − linkWeight) × centroid cosine. */
  linkWeight: number;
  /** Subtracted from a story's score per day between the article and the story's mean date. */
  dayPenalty: number;
  /** Estimated Jaccard at which two texts are versions of one article. */
  duplicateJaccard: number;
  /** …or this estimated containment of the shorter in the longer (a paragraph added)… */
  duplicateContainment: number;
  /** …provided Jaccard is at least this. */
  containmentJaccard: number;
  /** MinHash values per LSH band. */
  bandRows: number;
  /** Pseudo-articles in the IDF prior. */
  idfPrior: number;
  /** Terms in more than this share of articles do not find candidates (they still count in scores). */
  maxPostingShare: number;
  /** …once this many articles have been seen. */
  minDocumentsForShare: number;
  /** At most this many candidate articles get an exact score. */
  maxCandidates: number;
  weights: TermWeights;
}

/** Defaults tuned on ECB+ and NewsWCL50 (bench/stories.ts). */
export const DEFAULT_STORY_OPTIONS: StoryOptions = {
  windowDays: 3,
  maxTerms: 30,
  centroidTerms: 60,
  joinThreshold: 0.32,
  moveMargin: 0.1,
  linkWeight: 0.5,
  dayPenalty: 0.02,
  duplicateJaccard: 0.7,
  duplicateContainment: 0.9,
  containmentJaccard: 0.45,
  bandRows: 4,
  idfPrior: 10,
  maxPostingShare: 0.05,
  minDocumentsForShare: 200,
  maxCandidates: 200,
  weights: { name: 1.5, number: 2, title: 2, lead: 3, leadWords: 50 },
};
