import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { ParsedArticle } from '../../packages/core/src/model.js';
import { parseDateline } from '../../packages/core/src/parse/dateline.js';
import { readArticle } from '../../packages/core/src/text/reading.js';
import {
  entitiesInReading,
  extractEntities,
  foldName,
  type ArticleEntity,
  type EntityKind,
} from '../../packages/core/src/entities/index.js';
import { loadLabelledArticles, SHARED_ROOT, type LabelledArticle, type LabelledEntity } from './labels.js';

// Scoring rule: a predicted entity matches a labelled one when their kinds agree and they share a
// surface form (a mention or the name), compared after foldName (case, diacritics and punctuation
// folded: "U.S." = "US"). Matching is one-to-one per article, each labelled entity taking the
// unmatched prediction that shares most surfaces with it. Mention-level figures compare each
// article's distinct (kind, folded surface) pairs.

const KINDS: readonly EntityKind[] = ['person', 'place', 'organisation'];

/** True and false positives, false negatives and the figures they give. */
export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A labelled entity found nowhere, or a predicted one that matches no label, summed over articles. */
export interface Miss {
  kind: EntityKind;
  name: string;
  /** Articles it was missed (or wrongly found) in. */
  count: number;
  /** For a missed label: the kind it was predicted as, when a prediction shared its surface. */
  predictedAs: EntityKind | null;
  files: string[];
}

/** Entity extraction measured against the labelled set. */
export interface EntityScores {
  articles: number;
  entities: Counts;
  byKind: Record<EntityKind, Counts>;
  mentions: Counts;
  /** Labelled entities found with the wrong kind. */
  wrongKind: number;
  /** Labelled entities not matched, most often missed first. */
  misses: Miss[];
  /** Predicted entities that match no label, most frequent first. */
  spurious: Miss[];
}

/** Scores extractEntities on labelled articles (pure: the articles in, figures out). */
export function scoreEntities(articles: readonly LabelledArticle[]): EntityScores {
  const tally = { all: tallyOf(), mentions: tallyOf(), byKind: Object.fromEntries(KINDS.map((k) => [k, tallyOf()])) as Record<EntityKind, Tally> };
  const misses = new Map<string, Miss>();
  const spurious = new Map<string, Miss>();
  let wrongKind = 0;
  for (const article of articles) {
    const predicted = extractEntities(article.article.blocks);
    const { matched, unmatchedPredicted, unmatchedLabelled } = matchEntities(article.entities, predicted);
    for (const label of matched) {
      tally.all.tp++;
      tally.byKind[label.kind].tp++;
    }
    for (const label of unmatchedLabelled) {
      tally.all.fn++;
      tally.byKind[label.kind].fn++;
      const surfaces = surfacesOf(label);
      const other = unmatchedPredicted.find((p) => p.kind !== label.kind && predictedSurfaces(p).some((s) => surfaces.has(s)));
      if (other) wrongKind++;
      count(misses, label.kind, label.name, other?.kind ?? null, article.file);
    }
    for (const entity of unmatchedPredicted) {
      tally.all.fp++;
      tally.byKind[entity.kind].fp++;
      count(spurious, entity.kind, entity.name, null, article.file);
    }
    const want = new Set(article.entities.flatMap((e) => [...surfacesOf(e)].map((s) => `${e.kind}|${s}`)));
    const got = new Set(predicted.flatMap((e) => e.mentions.map((m) => `${e.kind}|${foldName(m.text)}`)));
    for (const pair of got) {
      if (want.has(pair)) tally.mentions.tp++;
      else tally.mentions.fp++;
    }
    for (const pair of want) if (!got.has(pair)) tally.mentions.fn++;
  }
  const sorted = (map: Map<string, Miss>) => [...map.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return {
    articles: articles.length,
    entities: countsOf(tally.all),
    byKind: Object.fromEntries(KINDS.map((k) => [k, countsOf(tally.byKind[k])])) as Record<EntityKind, Counts>,
    mentions: countsOf(tally.mentions),
    wrongKind,
    misses: sorted(misses),
    spurious: sorted(spurious),
  };
}

/** One-to-one matching of an article's labels and predictions by kind and shared surface. */
export function matchEntities(
  labels: readonly LabelledEntity[],
  predicted: readonly ArticleEntity[],
): { matched: LabelledEntity[]; unmatchedLabelled: LabelledEntity[]; unmatchedPredicted: ArticleEntity[] } {
  const free = new Set(predicted);
  const matched: LabelledEntity[] = [];
  const unmatchedLabelled: LabelledEntity[] = [];
  for (const label of labels) {
    const surfaces = surfacesOf(label);
    let best: ArticleEntity | undefined;
    let bestShared = 0;
    for (const entity of free) {
      if (entity.kind !== label.kind) continue;
      const shared = predictedSurfaces(entity).filter((s) => surfaces.has(s)).length;
      if (shared > bestShared) {
        best = entity;
        bestShared = shared;
      }
    }
    if (best) {
      free.delete(best);
      matched.push(label);
    } else unmatchedLabelled.push(label);
  }
  return { matched, unmatchedLabelled, unmatchedPredicted: [...free] };
}

function surfacesOf(label: LabelledEntity): Set<string> {
  return new Set([label.name, ...label.mentions].map(foldName));
}

function predictedSurfaces(entity: ArticleEntity): string[] {
  return [...new Set([entity.name, ...entity.mentions.map((m) => m.text)].map(foldName))];
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

function tallyOf(): Tally {
  return { tp: 0, fp: 0, fn: 0 };
}

function countsOf({ tp, fp, fn }: Tally): Counts {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

function count(map: Map<string, Miss>, kind: EntityKind, name: string, predictedAs: EntityKind | null, file: string): void {
  const key = `${kind}|${foldName(name)}|${predictedAs ?? ''}`;
  const miss = map.get(key) ?? { kind, name, count: 0, predictedAs, files: [] };
  miss.count++;
  miss.files.push(file.replace(/\.json$/u, ''));
  map.set(key, miss);
}

/** The scores as a few lines of text, with the `top` worst misses and spurious entities. */
export function formatEntityScores(scores: EntityScores, top = 25): string {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const line = (label: string, c: Counts) =>
    `${label.padEnd(14)} P ${pct(c.precision).padStart(6)}  R ${pct(c.recall).padStart(6)}  F1 ${pct(c.f1).padStart(6)}  (tp ${c.truePositives}, fp ${c.falsePositives}, fn ${c.falseNegatives})`;
  const miss = (m: Miss) => `  ${String(m.count).padStart(3)}× ${m.kind.padEnd(12)} ${m.name}${m.predictedAs ? ` (found as ${m.predictedAs})` : ''}  [${m.files.slice(0, 3).join(', ')}]`;
  return [
    `Entities over ${scores.articles} labelled articles (kind + shared surface, one-to-one)`,
    line('entities', scores.entities),
    ...KINDS.map((k) => line(`  ${k}`, scores.byKind[k])),
    line('mentions', scores.mentions),
    `wrong kind: ${scores.wrongKind}`,
    `worst misses:`,
    ...scores.misses.slice(0, top).map(miss),
    `most spurious:`,
    ...scores.spurious.slice(0, top).map(miss),
  ].join('\n');
}

/** Median and mean of per-article times, in ms. */
export interface Timing {
  median: number;
  mean: number;
}

/** The functions timed: the source by default, or the compiled dist (see loadCompiled). */
export interface EntityFunctions {
  readArticle: typeof readArticle;
  entitiesInReading: typeof entitiesInReading;
  extractEntities: typeof extractEntities;
}

/**
 * Per-article times in ms of entitiesInReading on a reading made beforehand (what import adds when
 * quote extraction shares the reading), of extractEntities (with its own readArticle), and of
 * readArticle alone for scale. Each article's time is its fastest of `rounds` runs, so other work
 * on the machine's two cores inflates the figures as little as possible.
 */
export function timeEntities(
  articles: readonly { blocks: Parameters<typeof extractEntities>[0] }[],
  rounds = 7,
  fns: EntityFunctions = { readArticle, entitiesInReading, extractEntities },
): { articles: number; entitiesInReading: Timing; extractEntities: Timing; readArticle: Timing } {
  const readings = articles.map((a) => fns.readArticle(a.blocks));
  const best = { shared: articles.map(() => Infinity), whole: articles.map(() => Infinity), reading: articles.map(() => Infinity) };
  const time = (into: number[], i: number, run: () => unknown) => {
    const start = performance.now();
    run();
    into[i] = Math.min(into[i] ?? Infinity, performance.now() - start);
  };
  for (let round = 0; round < rounds; round++) {
    articles.forEach((article, i) => {
      time(best.shared, i, () => fns.entitiesInReading(readings[i]!));
      time(best.whole, i, () => fns.extractEntities(article.blocks));
      time(best.reading, i, () => fns.readArticle(article.blocks));
    });
  }
  const stats = (xs: number[]): Timing => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)] ?? NaN, mean: xs.reduce((s, x) => s + x, 0) / xs.length };
  };
  return { articles: articles.length, entitiesInReading: stats(best.shared), extractEntities: stats(best.whole), readArticle: stats(best.reading) };
}

/**
 * The compiled functions from packages/core/dist (as import runs them; tsx-run source is slower by
 * its transforms), or undefined when dist has not been built with them
 * (`cd packages/core && npx tsc -p tsconfig.build.json`).
 */
export async function loadCompiled(): Promise<EntityFunctions | undefined> {
  const dist = new URL('../../packages/core/dist/', import.meta.url);
  try {
    const entities = (await import(new URL('entities/index.js', dist).href)) as Pick<EntityFunctions, 'entitiesInReading' | 'extractEntities'>;
    const reading = (await import(new URL('text/reading.js', dist).href)) as Pick<EntityFunctions, 'readArticle'>;
    return { readArticle: reading.readArticle, entitiesInReading: entities.entitiesInReading, extractEntities: entities.extractEntities };
  } catch {
    return undefined;
  }
}

/** The Guardian corpus the speed budget is measured on. */
export function loadGuardianArticles(): ParsedArticle[] {
  const dir = new URL('corpora/dateline/russia-ukraine-guardian/', SHARED_ROOT);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseDateline(readFileSync(new URL(f, dir)), f));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatEntityScores(scoreEntities(loadLabelledArticles())));
  const compiled = await loadCompiled();
  const speed = timeEntities(loadGuardianArticles(), 7, compiled);
  const ms = (n: number) => n.toFixed(3);
  const line = (label: string, t: Timing) => `  ${label.padEnd(52)} median ${ms(t.median)} ms, mean ${ms(t.mean)} ms`;
  console.log(
    [
      `speed over ${speed.articles} Guardian articles (${compiled ? 'compiled dist' : 'source under tsx: dist not built'}; each article's fastest of 7 runs):`,
      line('entitiesInReading (reading shared with quotes)', speed.entitiesInReading),
      line('extractEntities (with its own readArticle)', speed.extractEntities),
      line('readArticle alone, for scale', speed.readArticle),
    ].join('\n'),
  );
}
