import { readFileSync } from 'node:fs';
import type { ImportInput } from '@dateline/core';

/** The shared corpora folder (../shared beside the checkout). */
export const SHARED = new URL('../../shared/corpora/', import.meta.url);

interface ReutersStory {
  title?: string;
  body?: string;
}

/** Reuters 21578 stories with a body, as dateline-format paragraphs with their title line. */
export function reutersTexts(): string[] {
  const lines = readFileSync(new URL('jsonl/reuters21578.jsonl', SHARED), 'utf8').split('\n');
  const texts: string[] = [];
  for (const line of lines) {
    if (!line) continue;
    const story = JSON.parse(line) as ReutersStory;
    if (!story.body || story.body.length < 50) continue;
    // Reuters marks paragraphs by indenting their first line.
    const paragraphs = story.body.split(/\n\s{2,}/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    texts.push(`${story.title ?? ''}\n\n${paragraphs.join('\n\n')}`);
  }
  return texts;
}

const DAY = 86_400_000;
const START = Date.UTC(2000, 0, 1);

/**
 * `count` distinct dateline articles built from Reuters bodies. Bodies repeat once the 19,000 run out,
 * each time under another date, so every article has its own id; dates spread over 20 years.
 */
export function* generateArticles(count: number, texts = reutersTexts()): Generator<ImportInput> {
  const encoder = new TextEncoder();
  for (let i = 0; i < count; i++) {
    const date = new Date(START + (i % 7300) * DAY).toISOString().slice(0, 10);
    yield { path: `generated/${i}.txt`, bytes: encoder.encode(` date ${date} ${texts[i % texts.length]}\n`) };
  }
}
