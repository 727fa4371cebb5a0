import { hashString } from './hash.js';
import { minhashSignature, shingleHashes } from './minhash.js';
import { type TermWeights, weighTerms } from './terms.js';
import { splitWords } from './words.js';

/** An article as the story index takes it. */
export interface StoryArticle {
  id: string;
  /** Publication date, YYYY-MM-DD; null or absent when unknown (compared with every article then). */
  date?: string | null;
  /** The headline, if any (an inferred one is fine). */
  title?: string | null;
  /** The body, paragraphs separated by blank lines. */
  text: string;
}

/**
 * What the index keeps of an article, as plain JSON-safe data, so it can be stored (a row per
 * article) and an index rebuilt from stored rows with `StoryIndex.restore`.
 */
export interface ArticleFeatures {
  id: string;
  date: string | null;
  /** The article's most distinctive terms (stemmed, lowercase), strongest first. */
  terms: string[];
  /** Each term's weight before IDF (sublinear count × name/number boosts), same order as `terms`. */
  weights: number[];
  /** MinHash signature of the 5-word shingles, uint32 values. */
  signature: number[];
  /** How many distinct shingles the text has (to estimate containment between versions). */
  shingles: number;
}

/** The full analysis of one article: every term (for document frequencies) and its signature. */
export interface ArticleAnalysis {
  /** Each distinct term, with its weight before IDF and its hash at the same index. */
  terms: string[];
  weights: number[];
  hashes: Uint32Array;
  signature: Uint32Array;
  shingles: number;
}

/** A term vector with terms as sorted hashes, for merging two vectors in one pass. */
export interface TermVector {
  terms: Uint32Array;
  weights: Float32Array;
}

/** Terms, weights and MinHash signature of `article`; pure, needs no index. */
export function analyzeArticle(article: StoryArticle, weights: TermWeights): ArticleAnalysis {
  const titleWords = article.title ? splitWords(article.title) : [];
  const bodyWords = splitWords(article.text);
  // Shingles come from the body alone: a corrected headline should not hide a republished text.
  const shingles = shingleHashes(bodyWords.map((w) => w.text));
  const bag = weighTerms(titleWords, bodyWords, weights);
  const terms = [...bag.keys()];
  return {
    terms,
    weights: [...bag.values()],
    hashes: Uint32Array.from(terms, (term) => hashString(term)),
    signature: minhashSignature(shingles),
    shingles: shingles.length,
  };
}

/** analyzeArticle for each of `articles`: the work a worker thread takes off story placement. */
export function analyzeArticles({ articles, weights }: { articles: StoryArticle[]; weights: TermWeights }): ArticleAnalysis[] {
  return articles.map((article) => analyzeArticle(article, weights));
}

/**
 * The article's features: its `maxTerms` terms of highest weight × IDF under the current
 * frequencies (ties by term, so the choice is deterministic).
 */
export function selectFeatures(
  article: StoryArticle,
  analysis: ArticleAnalysis,
  idf: (term: number) => number,
  maxTerms: number,
): ArticleFeatures {
  const ranked = analysis.terms.map((term, i) => {
    const weight = analysis.weights[i]!;
    return { term, weight, score: weight * idf(analysis.hashes[i]!) };
  });
  ranked.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const top = ranked.slice(0, maxTerms);
  return {
    id: article.id,
    date: article.date ?? null,
    terms: top.map((t) => t.term),
    weights: top.map((t) => Math.round(t.weight * 1000) / 1000),
    signature: Array.from(analysis.signature),
    shingles: analysis.shingles,
  };
}

/** The features' terms as a vector sorted by term hash. */
export function toTermVector(features: Pick<ArticleFeatures, 'terms' | 'weights'>): TermVector {
  const pairs = features.terms.map((term, i) => [hashString(term), features.weights[i] ?? 0] as const);
  pairs.sort((a, b) => a[0] - b[0]);
  return { terms: Uint32Array.from(pairs, (p) => p[0]), weights: Float32Array.from(pairs, (p) => p[1]) };
}
