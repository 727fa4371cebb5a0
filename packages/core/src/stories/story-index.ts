import {
  type ArticleFeatures,
  type StoryArticle,
  type TermVector,
  analyzeArticle,
  selectFeatures,
  toTermVector,
} from './features.js';
import { DocumentFrequencies } from './frequencies.js';
import { combineHashes } from './hash.js';
import { bandKeys, estimateContainment, estimateJaccard } from './minhash.js';
import { DEFAULT_STORY_OPTIONS, type StoryOptions } from './options.js';
import { Postings } from './postings.js';
import {
  type Centroid,
  type Idf,
  centroidNormSquared,
  centroidSimilarity,
  cosineSimilarity,
  createIdf,
  trimCentroid,
  updateCentroid,
  vectorNorm,
} from './scoring.js';

/** What `StoryIndex.add` decided for one article. */
export interface AddResult {
  /** The story the article belongs to. */
  storyId: string;
  /** The id of the indexed article this one is a version of (the same text lightly edited), else null. */
  duplicateOf: string | null;
  /** Earlier articles that this one showed to fit its story better than their own, and now belong to it. */
  moved: { articleId: string; storyId: string }[];
  /** How many indexed articles were scored against this one (candidates from the inverted index). */
  candidates: number;
  /** The article's features, to store beside it. */
  features: ArticleFeatures;
}

interface Story {
  id: string;
  /** Creation order: breaks ties, so results never depend on anything but the input order. */
  seq: number;
  size: number;
  centroid: Centroid;
  /** Sum and count of the members' days, for the story's mean date. */
  daySum: number;
  dated: number;
}

interface Entry {
  id: string;
  /** Days since 1970-01-01, or null when the article has no date. */
  day: number | null;
  vector: TermVector;
  /** 1 / IDF-weighted norm when added: what it contributes to a centroid, and must take back on leaving. */
  scale: number;
  signature: Uint32Array;
  shingles: number;
  story: Story;
}

interface Scored {
  story: Story;
  score: number;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Groups articles into stories one at a time, in any order, without revisiting the archive. Each
 * article is compared only with the articles that share one of its distinctive terms within
 * `windowDays` of its date (all dates when it has none), found through an inverted index keyed by
 * (term, day); near-duplicates are found first, through MinHash LSH bands. Deterministic for a
 * given input order. State per article: its top terms, weights and signature (about 0.6 KB).
 */
export class StoryIndex {
  readonly options: StoryOptions;
  readonly frequencies: DocumentFrequencies;
  readonly #entries = new Map<string, Entry>();
  readonly #stories = new Map<string, Story>();
  /** (term, day) → dated entries posted under it. */
  readonly #byTermDay = new Postings<Entry>();
  /** term → undated entries. */
  readonly #undated = new Postings<Entry>();
  /** term → every entry; built the first time an undated article needs it, then kept up to date. */
  #byTerm: Postings<Entry> | null = null;
  /** LSH band key → entries. */
  readonly #bands = new Postings<Entry>();
  #storySeq = 0;

  constructor(options: Partial<StoryOptions> = {}, frequencies = new DocumentFrequencies()) {
    this.options = { ...DEFAULT_STORY_OPTIONS, ...options, weights: { ...DEFAULT_STORY_OPTIONS.weights, ...options.weights } };
    this.frequencies = frequencies;
  }

  /** Articles currently indexed. */
  get size(): number {
    return this.#entries.size;
  }

  /** Analyses `article`, assigns it to a story (new or existing) and indexes it; RangeError for a malformed date. */
  add(article: StoryArticle): AddResult {
    const day = toDay(article.date ?? null);
    const analysis = analyzeArticle(article, this.options.weights);
    this.frequencies.observe(analysis.hashes);
    const idf = createIdf(this.frequencies, this.options.idfPrior);
    const features = selectFeatures(article, analysis, idf, this.options.maxTerms);
    const vector = toTermVector(features);
    const norm = vectorNorm(vector, idf);
    const entry = (story: Story): Entry => ({
      id: article.id,
      day,
      vector,
      scale: norm === 0 ? 0 : 1 / norm,
      signature: analysis.signature,
      shingles: analysis.shingles,
      story,
    });

    const original = this.#findOriginal(analysis.signature, analysis.shingles, day);
    if (original) {
      this.#insert(entry(original.story), idf);
      return { storyId: original.story.id, duplicateOf: original.id, moved: [], candidates: 0, features };
    }
    const neighbours = this.#findNeighbours(vector, day, idf);
    const best = this.#rankStories(vector, norm, day, neighbours, idf)[0];
    const story = best && best.score >= this.options.joinThreshold ? best.story : this.#createStory(article.id);
    this.#insert(entry(story), idf);
    const moved = this.#pullNeighbours(story, neighbours, idf);
    return { storyId: story.id, duplicateOf: null, moved, candidates: neighbours.length, features };
  }

  /**
   * Puts a stored article back in its stored story without scoring it (to rebuild an index from
   * rows); restore the document frequencies with `DocumentFrequencies.fromSnapshot` first.
   */
  restore(features: ArticleFeatures, storyId: string): void {
    const idf = createIdf(this.frequencies, this.options.idfPrior);
    const vector = toTermVector(features);
    const norm = vectorNorm(vector, idf);
    this.#insert(
      {
        id: features.id,
        day: toDay(features.date),
        vector,
        scale: norm === 0 ? 0 : 1 / norm,
        signature: Uint32Array.from(features.signature),
        shingles: features.shingles,
        story: this.#stories.get(storyId) ?? this.#createStory(storyId),
      },
      idf,
    );
  }

  /** The story of an indexed article, or undefined if it is not (or no longer) indexed. */
  storyOf(articleId: string): string | undefined {
    return this.#entries.get(articleId)?.story.id;
  }

  /**
   * Drops dated articles older than `before` (YYYY-MM-DD) from the index, to bound memory on a
   * stream that moves forward in time; their stories keep their ids, and later articles can still
   * join them through members that remain. Returns how many articles were dropped.
   */
  prune(before: string): number {
    const cutoff = toDay(before)!;
    const dropped = new Set<Entry>();
    for (const entry of this.#entries.values()) if (entry.day !== null && entry.day < cutoff) dropped.add(entry);
    const drop = (entry: Entry) => dropped.has(entry);
    for (const entry of dropped) {
      this.#entries.delete(entry.id);
      for (const term of entry.vector.terms) {
        this.#byTermDay.remove(combineHashes(term, entry.day!), drop);
        this.#byTerm?.remove(term, drop);
      }
      for (const key of bandKeys(entry.signature, this.options.bandRows)) this.#bands.remove(key, drop);
      this.#leave(entry);
    }
    return dropped.size;
  }

  /** The indexed article whose signature says this text is a version of it (highest Jaccard), if any. */
  #findOriginal(signature: Uint32Array, shingles: number, day: number | null): Entry | undefined {
    const { duplicateJaccard, duplicateContainment, containmentJaccard, bandRows, windowDays } = this.options;
    let best: Entry | undefined;
    let bestJaccard = 0;
    const seen = new Set<Entry>();
    for (const key of bandKeys(signature, bandRows)) {
      this.#bands.forEach(key, (entry) => {
        if (seen.has(entry)) return;
        seen.add(entry);
        // A text republished long after belongs to a new story, like any other article of its days.
        if (day !== null && entry.day !== null && Math.abs(day - entry.day) > windowDays) return;
        const jaccard = estimateJaccard(signature, entry.signature);
        const containment = estimateContainment(jaccard, shingles, entry.shingles);
        const duplicate = jaccard >= duplicateJaccard || (jaccard >= containmentJaccard && containment >= duplicateContainment);
        if (duplicate && jaccard > bestJaccard) {
          best = entry;
          bestJaccard = jaccard;
        }
      });
    }
    return best;
  }

  /**
   * Indexed articles sharing a distinctive term with `vector` within the date window, with the
   * strongest overlap on those terms first, at most `maxCandidates`.
   */
  #findNeighbours(vector: TermVector, day: number | null, idf: Idf): Entry[] {
    const { windowDays, maxCandidates } = this.options;
    const overlap = new Map<Entry, number>();
    for (let i = 0; i < vector.terms.length; i++) {
      const term = vector.terms[i]!;
      if (!this.#isDistinctive(term)) continue;
      const weight = vector.weights[i]! * idf(term) ** 2;
      const visit = (entry: Entry) => overlap.set(entry, (overlap.get(entry) ?? 0) + weight * weightOf(entry.vector, term));
      if (day === null) this.#allByTerm().forEach(term, visit);
      else {
        for (let d = day - windowDays; d <= day + windowDays; d++) this.#byTermDay.forEach(combineHashes(term, d), visit);
        this.#undated.forEach(term, visit);
      }
    }
    const ranked = [...overlap];
    // Stable sort: equal overlaps keep posting order, which follows the input order.
    if (ranked.length > maxCandidates) ranked.sort((a, b) => b[1] - a[1]);
    return ranked.slice(0, maxCandidates).map(([entry]) => entry);
  }

  /** The neighbours' stories, best first: best member cosine and centroid cosine mixed, less the date gap. */
  #rankStories(vector: TermVector, norm: number, day: number | null, neighbours: Entry[], idf: Idf): Scored[] {
    const links = new Map<Story, number>();
    for (const entry of neighbours) {
      const similarity = cosineSimilarity(vector, norm, entry.vector, vectorNorm(entry.vector, idf), idf);
      links.set(entry.story, Math.max(links.get(entry.story) ?? 0, similarity));
    }
    const scored = [...links].map(([story, link]) => ({ story, score: this.#fit(vector, norm, day, story, idf, link) }));
    return scored.sort((a, b) => b.score - a.score || a.story.seq - b.story.seq);
  }

  /**
   * How well an article fits a story: `linkWeight` × its best member cosine (`link`) +
   * (1 − `linkWeight`) × centroid cosine, less `dayPenalty` per day from the story's mean date.
   */
  #fit(vector: TermVector, norm: number, day: number | null, story: Story, idf: Idf, link: number): number {
    const { linkWeight } = this.options;
    return linkWeight * link + (1 - linkWeight) * this.#centroidFit(vector, norm, day, story, idf);
  }

  /**
   * Centroid cosine less `dayPenalty` per day from the story's mean date. With `memberScale`, the
   * article is a member and is left out of the story first.
   */
  #centroidFit(vector: TermVector, norm: number, day: number | null, story: Story, idf: Idf, memberScale = 0): number {
    let daySum = story.daySum;
    let dated = story.dated;
    if (memberScale && day !== null) {
      daySum -= day;
      dated--;
    }
    const centroid = centroidSimilarity(vector, norm, story.centroid, centroidNormSquared(story.centroid, idf), idf, memberScale);
    // Reports of one event come within a day or two of each other; a related event days later does not.
    const gap = day === null || dated === 0 ? 0 : Math.abs(day - daySum / dated);
    return centroid - this.options.dayPenalty * gap;
  }

  /**
   * Moves into `story` the neighbours that now fit it better than their own story (by `moveMargin`,
   * and at least `joinThreshold`): an article that started or joined the wrong story, before its
   * own event had enough reports to form one, is brought over once it has.
   */
  #pullNeighbours(story: Story, neighbours: Entry[], idf: Idf): AddResult['moved'] {
    const { joinThreshold, moveMargin } = this.options;
    const moved: AddResult['moved'] = [];
    for (const entry of neighbours) {
      const from = entry.story;
      if (from === story) continue;
      const norm = vectorNorm(entry.vector, idf);
      const target = this.#centroidFit(entry.vector, norm, entry.day, story, idf);
      if (target < joinThreshold) continue;
      const current = from.size === 1 ? 0 : this.#centroidFit(entry.vector, norm, entry.day, from, idf, entry.scale);
      if (target < current + moveMargin) continue;
      this.#leave(entry);
      entry.story = story;
      this.#join(entry, idf);
      moved.push({ articleId: entry.id, storyId: story.id });
    }
    return moved;
  }

  /** Whether a term is rare enough to find candidates by (very common terms would make every list long). */
  #isDistinctive(term: number): boolean {
    const documents = this.frequencies.documents;
    return documents < this.options.minDocumentsForShare || this.frequencies.frequency(term) <= this.options.maxPostingShare * documents;
  }

  #allByTerm(): Postings<Entry> {
    if (!this.#byTerm) {
      this.#byTerm = new Postings();
      for (const entry of this.#entries.values()) this.#post(this.#byTerm, entry, (term) => term);
    }
    return this.#byTerm;
  }

  #insert(entry: Entry, idf: Idf): void {
    this.#entries.set(entry.id, entry);
    this.#join(entry, idf);
    if (entry.day === null) this.#post(this.#undated, entry, (term) => term);
    else {
      const day = entry.day;
      this.#post(this.#byTermDay, entry, (term) => combineHashes(term, day));
    }
    if (this.#byTerm) this.#post(this.#byTerm, entry, (term) => term);
    for (const key of bandKeys(entry.signature, this.options.bandRows)) this.#bands.add(key, entry);
  }

  /** Counts `entry` in its story. */
  #join(entry: Entry, idf: Idf): void {
    const story = entry.story;
    story.size++;
    updateCentroid(story.centroid, entry.vector, entry.scale, 1);
    trimCentroid(story.centroid, idf, this.options.centroidTerms);
    if (entry.day !== null) {
      story.daySum += entry.day;
      story.dated++;
    }
  }

  /** Takes `entry` out of its story; a story left empty is forgotten. */
  #leave(entry: Entry): void {
    const story = entry.story;
    story.size--;
    updateCentroid(story.centroid, entry.vector, entry.scale, -1);
    if (entry.day !== null) {
      story.daySum -= entry.day;
      story.dated--;
    }
    if (story.size === 0) this.#stories.delete(story.id);
  }

  #post(postings: Postings<Entry>, entry: Entry, key: (term: number) => number): void {
    for (const term of entry.vector.terms) if (this.#isDistinctive(term)) postings.add(key(term), entry);
  }

  #createStory(id: string): Story {
    const story: Story = { id, seq: this.#storySeq++, size: 0, centroid: new Map(), daySum: 0, dated: 0 };
    this.#stories.set(id, story);
    return story;
  }
}

/** The weight of `term` in a vector (binary search over its sorted hashes); 0 when absent. */
function weightOf(vector: TermVector, term: number): number {
  let lo = 0;
  let hi = vector.terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = vector.terms[mid]!;
    if (t < term) lo = mid + 1;
    else if (t > term) hi = mid - 1;
    else return vector.weights[mid]!;
  }
  return 0;
}

/** Days since 1970-01-01 for a YYYY-MM-DD date; null for none; RangeError for anything else. */
function toDay(date: string | null): number | null {
  if (date === null || date === '') return null;
  const ms = ISO_DATE.test(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`story date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return Math.floor(ms / DAY_MS);
}
