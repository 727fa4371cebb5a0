import {
  type ArticleAnalysis,
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
import { type Idf, createIdf, vectorNorm } from './scoring.js';
import { type IndexedArticle, type Story, centroidFit, createStory, findSplit, joinStory, leaveStory } from './story.js';

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
  /** Whether the article started a new story (it may since have drawn others into it: see `moved`). */
  founded: boolean;
  /** The article's features, to store beside it. */
  features: ArticleFeatures;
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
 * given input order. Memory: about 2.7 KB per indexed article (its 30 top terms and weights, its
 * 64-value signature, ~35 postings) plus 32 MB of document frequencies; `prune` drops old days.
 */
export class StoryIndex {
  readonly options: StoryOptions;
  readonly frequencies: DocumentFrequencies;
  readonly #entries = new Map<string, IndexedArticle>();
  /** Entries by slot; pruned slots are reused. */
  readonly #slots: (IndexedArticle | undefined)[] = [];
  readonly #freeSlots: number[] = [];
  readonly #stories = new Map<string, Story>();
  /** (term, day) → dated entries posted under it. */
  readonly #byTermDay = new Postings();
  /** term → undated entries. */
  readonly #undated = new Postings();
  /** term → every entry; built the first time an undated article needs it, then kept up to date. */
  #byTerm: Postings | null = null;
  /** LSH band key → entries. */
  readonly #bands = new Postings();
  #storySeq = 0;

  constructor(options: Partial<StoryOptions> = {}, frequencies = new DocumentFrequencies()) {
    this.options = { ...DEFAULT_STORY_OPTIONS, ...options, weights: { ...DEFAULT_STORY_OPTIONS.weights, ...options.weights } };
    this.frequencies = frequencies;
  }

  /** Articles currently indexed. */
  get size(): number {
    return this.#entries.size;
  }

  /** Counts for monitoring: indexed articles, live stories, and bytes held by the inverted index. */
  stats(): { articles: number; stories: number; postings: number; postingBytes: number } {
    const tables = [this.#byTermDay, this.#undated, this.#bands, ...(this.#byTerm ? [this.#byTerm] : [])];
    return {
      articles: this.#entries.size,
      stories: this.#stories.size,
      postings: tables.reduce((n, t) => n + t.size, 0),
      postingBytes: tables.reduce((n, t) => n + t.bytes, 0),
    };
  }

  /**
   * Analyses `article` (unless given its `analyzeArticle` with this index's weights, computed
   * elsewhere, e.g. in a worker thread), assigns it to a story (new or existing) and indexes it.
   * RangeError for a malformed date or an id already indexed.
   */
  add(article: StoryArticle, analysis?: ArticleAnalysis): AddResult {
    if (this.#entries.has(article.id)) throw new RangeError(`article ${article.id} is already indexed`);
    const day = toDay(article.date ?? null);
    analysis ??= analyzeArticle(article, this.options.weights);
    this.frequencies.observe(analysis.hashes);
    const idf = createIdf(this.frequencies, this.options.idfPrior);
    const features = selectFeatures(article, analysis, idf, this.options.maxTerms);
    const vector = toTermVector(features);
    const norm = vectorNorm(vector, idf);
    const entry = (story: Story): IndexedArticle => ({
      id: article.id,
      slot: -1,
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
      return { storyId: original.story.id, duplicateOf: original.id, moved: [], candidates: 0, founded: false, features };
    }
    const neighbours = this.#findNeighbours(vector, day, idf);
    const best = this.#rankStories(vector, norm, day, neighbours, idf)[0];
    const joined = best && best.score >= this.options.joinThreshold ? best.story : undefined;
    const founded = joined === undefined;
    const story = joined ?? this.#createStory(article.id);
    this.#insert(entry(story), idf);
    const moved = this.#pullNeighbours(story, neighbours, idf);
    // Checking at each doubling costs amortised O(1) cosines per article.
    if (story.size >= 4 && (story.size & (story.size - 1)) === 0) {
      moved.push(...this.#splitStory(story, idf).filter((move) => move.articleId !== article.id));
    }
    return { storyId: this.storyOf(article.id)!, duplicateOf: null, moved, candidates: neighbours.length, founded, features };
  }

  /**
   * Puts a stored article back in its stored story without scoring it (to rebuild an index from
   * rows); restore the document frequencies with `DocumentFrequencies.fromSnapshot` first. An
   * article already indexed is left as it is.
   */
  restore(features: ArticleFeatures, storyId: string): void {
    if (this.#entries.has(features.id)) return;
    const idf = createIdf(this.frequencies, this.options.idfPrior);
    const vector = toTermVector(features);
    const norm = vectorNorm(vector, idf);
    this.#insert(
      {
        id: features.id,
        slot: -1,
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
    const cutoff = toDay(before);
    if (cutoff === null) return 0;
    const dropped = new Set<IndexedArticle>();
    for (const entry of this.#entries.values()) if (entry.day !== null && entry.day < cutoff) dropped.add(entry);
    for (const entry of dropped) {
      for (const term of entry.vector.terms) {
        this.#byTermDay.remove(combineHashes(term, entry.day!), entry.slot);
        this.#byTerm?.remove(term, entry.slot);
      }
      for (const key of bandKeys(entry.signature, this.options.bandRows)) this.#bands.remove(key, entry.slot);
      this.#leave(entry);
      this.#entries.delete(entry.id);
      this.#slots[entry.slot] = undefined;
      this.#freeSlots.push(entry.slot);
    }
    return dropped.size;
  }

  /** The indexed article whose signature says this text is a version of it (highest Jaccard), if any. */
  #findOriginal(signature: Uint32Array, shingles: number, day: number | null): IndexedArticle | undefined {
    const { duplicateJaccard, duplicateContainment, containmentJaccard, bandRows, windowDays } = this.options;
    let best: IndexedArticle | undefined;
    let bestJaccard = 0;
    const seen = new Set<IndexedArticle>();
    for (const key of bandKeys(signature, bandRows)) {
      this.#bands.forEach(key, (slot) => {
        const entry = this.#slots[slot]!;
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
  #findNeighbours(vector: TermVector, day: number | null, idf: Idf): IndexedArticle[] {
    const { windowDays, maxCandidates } = this.options;
    const overlap = new Map<IndexedArticle, number>();
    for (let i = 0; i < vector.terms.length; i++) {
      const term = vector.terms[i]!;
      if (!this.#isDistinctive(term)) continue;
      const weight = vector.weights[i]! * idf(term) ** 2;
      const visit = (slot: number) => {
        const entry = this.#slots[slot]!;
        overlap.set(entry, (overlap.get(entry) ?? 0) + weight * weightOf(entry.vector, term));
      };
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

  /** The neighbours' stories, best fitting first. */
  #rankStories(vector: TermVector, norm: number, day: number | null, neighbours: IndexedArticle[], idf: Idf): Scored[] {
    const stories = new Set(neighbours.map((neighbour) => neighbour.story));
    const scored = [...stories].map((story) => ({ story, score: centroidFit(story, vector, norm, day, idf, this.options.dayPenalty) }));
    return scored.sort((a, b) => b.score - a.score || a.story.seq - b.story.seq);
  }

  /**
   * Splits off the members of `story` that form a second event (see `findSplit`) into a story of
   * their own, named after the first of them; returns the moves.
   */
  #splitStory(story: Story, idf: Idf): AddResult['moved'] {
    const group = findSplit(story, idf, this.options.splitThreshold);
    if (!group) return [];
    const split = this.#createStory(group[0]!.id);
    for (const member of group) {
      this.#leave(member);
      member.story = split;
      joinStory(member, idf, this.options.centroidTerms);
    }
    return group.map((member) => ({ articleId: member.id, storyId: split.id }));
  }

  /**
   * Moves into `story` the neighbours that now fit it better than their own story (by `moveMargin`,
   * and at least `joinThreshold`): an article that started or joined the wrong story, before its
   * own event had enough reports to form one, is brought over once it has.
   */
  #pullNeighbours(story: Story, neighbours: IndexedArticle[], idf: Idf): AddResult['moved'] {
    const { joinThreshold, moveMargin, dayPenalty } = this.options;
    const moved: AddResult['moved'] = [];
    for (const entry of neighbours) {
      const from = entry.story;
      if (from === story) continue;
      const norm = vectorNorm(entry.vector, idf);
      const target = centroidFit(story, entry.vector, norm, entry.day, idf, dayPenalty);
      if (target < joinThreshold) continue;
      const current = from.size === 1 ? 0 : centroidFit(from, entry.vector, norm, entry.day, idf, dayPenalty, entry.scale);
      if (target < current + moveMargin) continue;
      this.#leave(entry);
      entry.story = story;
      joinStory(entry, idf, this.options.centroidTerms);
      moved.push({ articleId: entry.id, storyId: story.id });
    }
    return moved;
  }

  /** Whether a term is rare enough to find candidates by (very common terms would make every list long). */
  #isDistinctive(term: number): boolean {
    const documents = this.frequencies.documents;
    return documents < this.options.minDocumentsForShare || this.frequencies.frequency(term) <= this.options.maxPostingShare * documents;
  }

  #allByTerm(): Postings {
    if (!this.#byTerm) {
      this.#byTerm = new Postings();
      for (const entry of this.#entries.values()) this.#post(this.#byTerm, entry, (term) => term);
    }
    return this.#byTerm;
  }

  #insert(entry: IndexedArticle, idf: Idf): void {
    entry.slot = this.#freeSlots.pop() ?? this.#slots.length;
    this.#slots[entry.slot] = entry;
    this.#entries.set(entry.id, entry);
    joinStory(entry, idf, this.options.centroidTerms);
    if (entry.day === null) this.#post(this.#undated, entry, (term) => term);
    else {
      const day = entry.day;
      this.#post(this.#byTermDay, entry, (term) => combineHashes(term, day));
    }
    if (this.#byTerm) this.#post(this.#byTerm, entry, (term) => term);
    for (const key of bandKeys(entry.signature, this.options.bandRows)) this.#bands.add(key, entry.slot);
  }

  #post(postings: Postings, entry: IndexedArticle, key: (term: number) => number): void {
    for (const term of entry.vector.terms) if (this.#isDistinctive(term)) postings.add(key(term), entry.slot);
  }

  /** A new story named `id`, or `id~n` when a live story has that name (its founder moved on). */
  #createStory(id: string): Story {
    const story = createStory(this.#stories.has(id) ? `${id}~${this.#storySeq}` : id, this.#storySeq++);
    this.#stories.set(story.id, story);
    return story;
  }

  /** Takes an article out of its story; a story left empty is forgotten. */
  #leave(article: IndexedArticle): void {
    if (leaveStory(article) === 0) this.#stories.delete(article.story.id);
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
