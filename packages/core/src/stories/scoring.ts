// How similar an article is to another article and to a story: pure functions over term vectors,
// with IDF passed in, so the index state and the scoring rules stay apart.
import type { TermVector } from './features.js';
import type { DocumentFrequencies } from './frequencies.js';

/** IDF of a term hash. */
export type Idf = (term: number) => number;

/** A story centroid: term hash → sum of its members' weights, each member scaled to unit IDF-weighted length. */
export type Centroid = Map<number, number>;

/**
 * Smoothed IDF, ln((1 + N + prior) / (1 + df)) + 1, where `prior` pseudo-articles contain no term:
 * while few articles have been seen, every term looks about equally rare instead of the first
 * article's words all looking unique.
 */
export function createIdf(frequencies: DocumentFrequencies, prior: number): Idf {
  const base = 1 + frequencies.documents + prior;
  return (term) => Math.log(base / (1 + frequencies.frequency(term))) + 1;
}

/** The L2 norm of `vector` weighted by IDF. */
export function vectorNorm(vector: TermVector, idf: Idf): number {
  let sum = 0;
  for (let i = 0; i < vector.terms.length; i++) {
    const w = vector.weights[i]! * idf(vector.terms[i]!);
    sum += w * w;
  }
  return Math.sqrt(sum);
}

/** Cosine similarity of two IDF-weighted vectors, given their norms; 0 when either is empty. */
export function cosineSimilarity(a: TermVector, aNorm: number, b: TermVector, bNorm: number, idf: Idf): number {
  if (aNorm === 0 || bNorm === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  // Both term arrays are sorted by hash: one merge pass.
  while (i < a.terms.length && j < b.terms.length) {
    const ta = a.terms[i]!;
    const tb = b.terms[j]!;
    if (ta < tb) i++;
    else if (ta > tb) j++;
    else {
      const w = idf(ta);
      dot += a.weights[i]! * b.weights[j]! * w * w;
      i++;
      j++;
    }
  }
  return dot / (aNorm * bNorm);
}

/** The squared IDF-weighted length of a centroid. */
export function centroidNormSquared(centroid: Centroid, idf: Idf): number {
  let sum = 0;
  for (const [term, weight] of centroid) sum += (weight * idf(term)) ** 2;
  return sum;
}

/**
 * Cosine similarity of an article to a story centroid whose squared norm is `normSquared`. With
 * `member` (the article itself, scaled as it was added), the article is left out of the centroid
 * first, so a member can be compared fairly with a story it is not in.
 */
export function centroidSimilarity(
  a: TermVector,
  aNorm: number,
  centroid: Centroid,
  normSquared: number,
  idf: Idf,
  memberScale = 0,
): number {
  if (aNorm === 0) return 0;
  let dot = 0;
  let norm = normSquared;
  for (let i = 0; i < a.terms.length; i++) {
    const term = a.terms[i]!;
    const weight = centroid.get(term);
    if (weight === undefined) continue;
    const w2 = idf(term) ** 2;
    const own = a.weights[i]! * memberScale;
    // |c − u|² = |c|² − 2 c·u + |u|², for the terms the centroid still holds.
    norm += (own * own - 2 * weight * own) * w2;
    dot += a.weights[i]! * (weight - own) * w2;
  }
  return norm <= 1e-12 ? 0 : dot / (aNorm * Math.sqrt(norm));
}

/** Adds (sign 1) or removes (sign −1) `vector` × `scale` to or from `centroid`. */
export function updateCentroid(centroid: Centroid, vector: TermVector, scale: number, sign: 1 | -1): void {
  for (let i = 0; i < vector.terms.length; i++) {
    const term = vector.terms[i]!;
    const weight = (centroid.get(term) ?? 0) + sign * vector.weights[i]! * scale;
    // A term the centroid dropped, or one only this member had, is gone rather than negative.
    if (weight > 1e-9) centroid.set(term, weight);
    else centroid.delete(term);
  }
}

/** Drops all but the `limit` strongest terms once the centroid holds twice that many (amortised). */
export function trimCentroid(centroid: Centroid, idf: Idf, limit: number): void {
  if (centroid.size <= 2 * limit) return;
  const kept = [...centroid]
    .map(([term, weight]) => ({ term, weight, score: weight * idf(term) }))
    .sort((a, b) => b.score - a.score || a.term - b.term)
    .slice(0, limit);
  centroid.clear();
  for (const { term, weight } of kept) centroid.set(term, weight);
}

/** Cosine similarity of two centroids, IDF-weighted. */
export function centroidCosine(a: Centroid, b: Centroid, idf: Idf): number {
  let dot = 0;
  for (const [term, weight] of a) {
    const other = b.get(term);
    if (other !== undefined) dot += weight * other * idf(term) ** 2;
  }
  const norm = Math.sqrt(centroidNormSquared(a, idf) * centroidNormSquared(b, idf));
  return norm === 0 ? 0 : dot / norm;
}
