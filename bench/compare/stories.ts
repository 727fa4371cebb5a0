// The stories the comparison bench runs compareStory on: same-event article groups from the shared
// corpora, read as Dateline imports them. Labels (labels/*.json) name their story by these names.
import { readdirSync, readFileSync } from 'node:fs';
import { parseDateline, type ParsedArticle } from '@dateline/core';
import { SHARED } from '../corpus.js';

/** An article of a bench story, with the corpus file (or record id) it came from. */
export type StoryArticle = ParsedArticle & { file: string };

/** One story: a name, the corpus it belongs to, and its articles. */
export interface BenchStory {
  name: string;
  corpus: 'seeds' | 'newswcl50' | 'guardian' | 'ecbplus';
  articles: StoryArticle[];
}

const SEEDS = new URL('../seeds/', SHARED);
const JSONL = new URL('jsonl/', SHARED);
// ECB+ topics whose documents are ordinary prose (cluster 1_ecb is mostly verbatim copies of one wire story).
const ECB_CLUSTERS = ['2_ecbplus', '3_ecbplus'];

const read = (url: URL, file: string): StoryArticle => ({ ...parseDateline(readFileSync(url), file), file });
const fromText = (text: string, file: string): StoryArticle => ({ ...parseDateline(text, file), file });

/** The speed set: ten Guardian articles of 700–1,500 words (different stories, so also a check that unrelated articles share little). */
export function guardianArticles(): StoryArticle[] {
  const dir = new URL('dateline/russia-ukraine-guardian/', SHARED);
  return readdirSync(dir)
    .sort()
    .map((name) => read(new URL(name, dir), name.replace(/\.txt$/u, '')))
    .filter((article) => article.wordCount >= 700 && article.wordCount <= 1500)
    .slice(0, 10);
}

/** Every labelled story: the two seeds, NewsWCL50's ten events (all five outlets), the Guardian set and two ECB+ topics. */
export function benchStories(): BenchStory[] {
  const seeds = readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => read(new URL(name, SEEDS), name.replace(/\.txt$/u, '')));
  return [
    { name: 'seeds', corpus: 'seeds', articles: seeds },
    ...newswclStories(),
    { name: 'guardian-10', corpus: 'guardian', articles: guardianArticles() },
    ...ecbStories(),
  ];
}

interface NewsWclRecord {
  id: string;
  event_id: number;
  date_from_url: string | null;
  body: string;
}

/**
 * NewsWCL50's events, each outlet's article as dateline text. corpora/dateline/newswcl50 holds the
 * ones with a date in their address in exactly this form; the rest (HuffPost, some Breitbart) take
 * their event's earliest date.
 */
function newswclStories(): BenchStory[] {
  const records = jsonl<NewsWclRecord>('newswcl50.jsonl');
  const events = [...new Set(records.map((r) => r.event_id))].sort((a, b) => a - b);
  return events.map((event) => {
    const own = records.filter((r) => r.event_id === event);
    const first = own.map((r) => r.date_from_url).filter((d) => d !== null).sort()[0] ?? '2018-01-01';
    return {
      name: `newswcl50-${event}`,
      corpus: 'newswcl50',
      articles: own.map((r) => fromText(` date ${r.date_from_url ?? first} ${r.body}`, r.id)),
    };
  });
}

interface EcbRecord {
  id: string;
  event_cluster: string;
  title: string | null;
  sentences: string[];
}

/**
 * ECB+ topics as stories: each document's title line, then its sentences, one paragraph each. The
 * corpus splits sentences itself and spaces its quote marks (“ I agreed …”), which no sentence
 * splitter reads as running text.
 */
function ecbStories(): BenchStory[] {
  const records = jsonl<EcbRecord>('ecbplus_docs.jsonl');
  return ECB_CLUSTERS.map((cluster) => ({
    name: `ecbplus-${cluster}`,
    corpus: 'ecbplus',
    articles: records
      .filter((r) => r.event_cluster === cluster)
      .map((r) => fromText(` date 2000-01-01 ${r.title ? `${r.title}\n\n` : ''}${r.sentences.join('\n\n')}`, r.id)),
  }));
}

function jsonl<T>(name: string): T[] {
  return readFileSync(new URL(name, JSONL), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}
