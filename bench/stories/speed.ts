import { readFileSync } from 'node:fs';
import { StoryIndex, type StoryArticle } from '../../packages/core/src/stories/index.js';

const DAY = 86_400_000;
const START = Date.UTC(2000, 0, 1);

/** Reuters-21578 stories with a body of at least 50 characters: title and body paragraphs. */
export function reutersStories(file: URL): { title: string; text: string }[] {
  const stories: { title: string; text: string }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const story = JSON.parse(line) as { title?: string; body?: string };
    if (!story.body || story.body.length < 50) continue;
    // Reuters marks paragraphs by indenting their first line.
    const paragraphs = story.body.split(/\n\s{2,}/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    stories.push({ title: story.title ?? '', text: paragraphs.join('\n\n') });
  }
  return stories;
}

/**
 * `count` articles from the Reuters stories, as bench/corpus.ts builds them: bodies repeat once they
 * run out, each time under another date, and dates spread over 20 years (7,300 days).
 */
export function* generateStoryArticles(count: number, stories: { title: string; text: string }[]): Generator<StoryArticle> {
  for (let i = 0; i < count; i++) {
    const date = new Date(START + (i % 7300) * DAY).toISOString().slice(0, 10);
    const story = stories[i % stories.length]!;
    yield { id: `generated-${i}`, date, title: story.title, text: story.text };
  }
}

/** JavaScript heap plus typed-array buffers (the inverted index lives in the latter). */
function used(): number {
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.arrayBuffers;
}

export interface SpeedResult {
  articles: number;
  seconds: number;
  perSecond: number;
  /** Heap and typed arrays in use before the index existed (the input articles). */
  baseHeapMb: number;
  peakHeapMb: number;
  /** In use after the run, less the base: what the index holds (after a collection with --expose-gc). */
  indexHeapMb: number;
  /** Bytes of the inverted index's typed arrays (terms by day, LSH bands). */
  postingBytes: number;
  meanCandidates: number;
  /** Stories alive at the end. */
  stories: number;
}

/** Adds `count` generated articles to a fresh index, timing it and sampling memory every 1,000 articles. */
export function measureSpeed(count: number, stories: { title: string; text: string }[]): SpeedResult {
  const articles = [...generateStoryArticles(count, stories)];
  // Twice: typed-array memory of an earlier run is only released by the collection after the one that finds it dead.
  globalThis.gc?.();
  globalThis.gc?.();
  const base = used();
  const index = new StoryIndex();
  let peak = base;
  let candidates = 0;
  const start = process.hrtime.bigint();
  articles.forEach((article, i) => {
    candidates += index.add(article).candidates;
    if (i % 1000 === 999) peak = Math.max(peak, used());
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  globalThis.gc?.();
  const stats = index.stats();
  return {
    articles: count,
    seconds,
    perSecond: count / seconds,
    baseHeapMb: base / 2 ** 20,
    peakHeapMb: Math.max(peak, used()) / 2 ** 20,
    indexHeapMb: (used() - base) / 2 ** 20,
    postingBytes: stats.postingBytes,
    meanCandidates: candidates / count,
    stories: stats.stories,
  };
}
