import { readdirSync, readFileSync } from 'node:fs';
import { parseDateline } from '../../packages/core/src/parse/dateline.js';
import { StoryIndex, type StoryArticle } from '../../packages/core/src/stories/index.js';
import { shuffle } from './order.js';

const SHARED = new URL('../../../shared/', import.meta.url);
const SEED_DATE = '2022-01-21';

/** A dateline-format file as a story article (title as parsed, inferred or not). */
export function readDatelineArticle(file: URL, id: string, date?: string): StoryArticle {
  const parsed = parseDateline(readFileSync(file), file.pathname);
  const text = parsed.blocks.map((block) => block.text).join('\n\n');
  return { id, date: date ?? parsed.date, title: parsed.titleInferred ? null : parsed.title, text };
}

/** The two seed articles (same event: Blinken and Lavrov in Geneva, 2022-01-21). */
export function seedArticles(): StoryArticle[] {
  const folder = new URL('seeds/', SHARED);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readDatelineArticle(new URL(name, folder), `seed/${name}`));
}

/**
 * Guardian and NYT articles of 2022 that mention Lavrov or Blinken: the same people and the same
 * conflict as the seeds, but other events. The corpora start in February 2022, so they are re-dated
 * to the seeds' day, the hardest case: every one is a candidate for the seeds' story.
 */
export function distractorArticles(): StoryArticle[] {
  const articles: StoryArticle[] = [];
  for (const corpus of ['russia-ukraine-guardian', 'russia-ukraine-nyt']) {
    const folder = new URL(`corpora/dateline/${corpus}/`, SHARED);
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt')).sort()) {
      const file = new URL(name, folder);
      if (!/lavrov|blinken/i.test(readFileSync(file, 'utf8'))) continue;
      articles.push(readDatelineArticle(file, `${corpus}/${name}`, SEED_DATE));
    }
  }
  return articles;
}

export interface SeedCheck {
  seedsTogether: boolean;
  /** Distractors that joined a seed's story. */
  intruders: string[];
  distractors: number;
  /** Stories the distractors formed among themselves. */
  distractorStories: number;
}

/** Feeds seeds and distractors in the order fixed by `seed`, and reports whether the seeds' story stayed clean. */
export function checkSeeds(seed: number): SeedCheck {
  const seeds = seedArticles();
  const distractors = distractorArticles();
  const index = new StoryIndex();
  for (const article of shuffle([...seeds, ...distractors], seed)) index.add(article);
  const seedStories = new Set(seeds.map((s) => index.storyOf(s.id)));
  const intruders = distractors.filter((d) => seedStories.has(index.storyOf(d.id))).map((d) => d.id);
  return {
    seedsTogether: seedStories.size === 1,
    intruders,
    distractors: distractors.length,
    distractorStories: new Set(distractors.map((d) => index.storyOf(d.id))).size,
  };
}
