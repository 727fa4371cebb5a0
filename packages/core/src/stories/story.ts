// A story's state and its members' bookkeeping: who is in it, its centroid and its mean date.
import type { TermVector } from './features.js';
import {
  type Centroid,
  type Idf,
  centroidCosine,
  centroidNormSquared,
  centroidSimilarity,
  cosineSimilarity,
  trimCentroid,
  updateCentroid,
  vectorNorm,
} from './scoring.js';

/** A story in the index. */
export interface Story {
  id: string;
  /** Creation order: breaks ties, so results never depend on anything but the input order. */
  seq: number;
  size: number;
  /** Null while the story has had one article: most stories never get a second, and a Map costs ~1.7 KB. */
  centroid: Centroid | null;
  /** The articles in it, in the order they joined. */
  members: IndexedArticle[];
  /** Sum and count of the members' days, for the story's mean date. */
  daySum: number;
  dated: number;
}

/** What the index keeps of one article. */
export interface IndexedArticle {
  id: string;
  /** Position in the index's slot table: what the inverted index stores. */
  slot: number;
  /** Days since 1970-01-01, or null when the article has no date. */
  day: number | null;
  vector: TermVector;
  /** 1 / IDF-weighted norm when added: what it contributes to a centroid, and must take back on leaving. */
  scale: number;
  signature: Uint32Array;
  shingles: number;
  story: Story;
}

/** An empty story. */
export function createStory(id: string, seq: number): Story {
  return { id, seq, size: 0, centroid: null, members: [], daySum: 0, dated: 0 };
}

/** Counts `article` in `article.story`, keeping at most about `centroidTerms` centroid terms. */
export function joinStory(article: IndexedArticle, idf: Idf, centroidTerms: number): void {
  const story = article.story;
  if (story.size > 0) {
    if (!story.centroid) {
      story.centroid = new Map();
      for (const member of story.members) updateCentroid(story.centroid, member.vector, member.scale, 1);
    }
    updateCentroid(story.centroid, article.vector, article.scale, 1);
    trimCentroid(story.centroid, idf, centroidTerms);
  }
  story.size++;
  story.members.push(article);
  if (article.day !== null) {
    story.daySum += article.day;
    story.dated++;
  }
}

/** Takes `article` out of `article.story`; returns the story's size after. */
export function leaveStory(article: IndexedArticle): number {
  const story = article.story;
  story.size--;
  if (story.centroid) updateCentroid(story.centroid, article.vector, article.scale, -1);
  story.members.splice(story.members.indexOf(article), 1);
  if (article.day !== null) {
    story.daySum -= article.day;
    story.dated--;
  }
  return story.size;
}

/**
 * Cosine of an article to a story's centroid, less `dayPenalty` per day from the story's mean date.
 * With `memberScale` the article is a member, and is left out of the story first.
 */
export function centroidFit(
  story: Story,
  vector: TermVector,
  norm: number,
  day: number | null,
  idf: Idf,
  dayPenalty: number,
  memberScale = 0,
): number {
  let daySum = story.daySum;
  let dated = story.dated;
  if (memberScale && day !== null) {
    daySum -= day;
    dated--;
  }
  let centroid: number;
  if (story.centroid) centroid = centroidSimilarity(vector, norm, story.centroid, centroidNormSquared(story.centroid, idf), idf, memberScale);
  else if (memberScale || story.members.length === 0) centroid = 0;
  else centroid = cosineSimilarity(vector, norm, story.members[0]!.vector, vectorNorm(story.members[0]!.vector, idf), idf);
  // Reports of one event come within a day or two of each other; a related event days later does not.
  const gap = day === null || dated === 0 ? 0 : Math.abs(day - daySum / dated);
  return centroid - dayPenalty * gap;
}

/**
 * The members to split off a story that turns out to hold two events, or null: two-means over the
 * members, seeded with the member that fits the story worst and the member least like that one.
 * It splits when the two groups' centroids are less alike than `threshold` (reports of one event
 * score 0.5–0.8, look-alike events mostly below 0.4) and each group has two members or more; the
 * group without the story's earliest member leaves.
 */
export function findSplit(story: Story, idf: Idf, threshold: number): IndexedArticle[] | null {
  const members = story.members;
  if (members.length < 4 || !story.centroid) return null;
  const norms = members.map((m) => vectorNorm(m.vector, idf));
  const storyNorm = centroidNormSquared(story.centroid, idf);
  const fits = members.map((m, i) => centroidSimilarity(m.vector, norms[i]!, story.centroid!, storyNorm, idf, m.scale));
  const a = fits.indexOf(Math.min(...fits));
  const likeA = members.map((m, i) => cosineSimilarity(m.vector, norms[i]!, members[a]!.vector, norms[a]!, idf));
  const b = likeA.indexOf(Math.min(...likeA));
  if (a === b) return null;
  let inA = members.map((m, i) => likeA[i]! >= cosineSimilarity(m.vector, norms[i]!, members[b]!.vector, norms[b]!, idf));
  for (let round = 0; round < 3; round++) {
    const [centroidA, centroidB] = [groupCentroid(members, inA, true), groupCentroid(members, inA, false)];
    const [normA, normB] = [centroidNormSquared(centroidA, idf), centroidNormSquared(centroidB, idf)];
    inA = members.map(
      (m, i) =>
        centroidSimilarity(m.vector, norms[i]!, centroidA, normA, idf) >= centroidSimilarity(m.vector, norms[i]!, centroidB, normB, idf),
    );
  }
  const sizeA = inA.filter(Boolean).length;
  if (sizeA < 2 || members.length - sizeA < 2) return null;
  if (centroidCosine(groupCentroid(members, inA, true), groupCentroid(members, inA, false), idf) >= threshold) return null;
  return members.filter((_, i) => inA[i] !== inA[0]);
}

function groupCentroid(members: IndexedArticle[], inA: boolean[], side: boolean): Centroid {
  const centroid: Centroid = new Map();
  members.forEach((member, i) => {
    if (inA[i] === side) updateCentroid(centroid, member.vector, member.scale, 1);
  });
  return centroid;
}
