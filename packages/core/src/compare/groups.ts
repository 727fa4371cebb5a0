import { LINK_BAR, MIN_SHARED, sameStatement } from './same-statement.js';
import type { Similarity } from './similarity.js';
import type { AnalysedStatement } from './statements.js';

/** A candidate pair of statements and how alike they are. */
interface StatementPair {
  a: number;
  b: number;
  similarity: Similarity;
}

/**
 * Groups statements of different articles that say the same thing, at most one per article; every
 * statement ends in exactly one group (alone if nothing matches). Candidate pairs come from an
 * inverted index of lexemes, so only sentences sharing words are ever compared.
 */
export function groupStatements(items: readonly AnalysedStatement[]): number[][] {
  const weight = lexemeWeights(items);
  const pairs = matchingPairs(items, weight);
  const clusterOf = items.map((_, i) => i);
  const members = items.map((_, i) => [i]);
  for (const { a, b } of pairs) {
    const ca = clusterOf[a] ?? a;
    const cb = clusterOf[b] ?? b;
    if (ca === cb) continue;
    const left = members[ca] ?? [];
    const right = members[cb] ?? [];
    if (!canJoin(items, left, right, weight)) continue;
    for (const m of right) clusterOf[m] = ca;
    members[ca] = [...left, ...right];
    members[cb] = [];
  }
  return members.filter((group) => group.length > 0);
}

/** Each lexeme's IDF over the story's sentences: the story's own names and topic words weigh little. */
function lexemeWeights(items: readonly AnalysedStatement[]): (lexeme: string) => number {
  const df = new Map<string, number>();
  for (const item of items) for (const lexeme of item.features.lexemes) df.set(lexeme, (df.get(lexeme) ?? 0) + 1);
  const n = items.length;
  return (lexeme) => Math.log(1 + n / (df.get(lexeme) ?? 1));
}

/** Pairs from different articles that state the same thing, best first (ties by statement id, for determinism). */
function matchingPairs(items: readonly AnalysedStatement[], weight: (lexeme: string) => number): StatementPair[] {
  const index = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const lexeme of item.features.lexemes) {
      const list = index.get(lexeme);
      if (list) list.push(i);
      else index.set(lexeme, [i]);
    }
  });
  const pairs: StatementPair[] = [];
  // Shared-lexeme counts per candidate in a reused array: this loop runs for every sentence of the story.
  const shared = new Int32Array(items.length);
  const touched: number[] = [];
  items.forEach((item, a) => {
    for (const lexeme of item.features.lexemes) {
      for (const b of index.get(lexeme) ?? []) {
        if (b <= a || items[b]?.statement.articleId === item.statement.articleId) continue;
        if (shared[b] === 0) touched.push(b);
        shared[b] = (shared[b] ?? 0) + 1;
      }
    }
    for (const b of touched) {
      const count = shared[b] ?? 0;
      shared[b] = 0;
      const other = items[b];
      if (count < MIN_SHARED || !other) continue;
      const sim = sameStatement(item, other, weight);
      if (sim) pairs.push({ a, b, similarity: sim });
    }
    touched.length = 0;
  });
  const keyOf = (p: StatementPair) => `${items[p.a]?.statement.id}:${items[p.b]?.statement.id}`;
  return pairs.sort((x, y) => y.similarity.dice - x.similarity.dice || y.similarity.overlap - x.similarity.overlap || (keyOf(x) < keyOf(y) ? -1 : 1));
}

/** Whether two groups can merge: no article in both, and every cross pair related (LINK_BAR) without conflict. */
function canJoin(items: readonly AnalysedStatement[], left: number[], right: number[], weight: (lexeme: string) => number): boolean {
  const articles = new Set(left.map((i) => items[i]?.statement.articleId));
  if (right.some((i) => articles.has(items[i]?.statement.articleId))) return false;
  for (const l of left) {
    for (const r of right) {
      const a = items[l];
      const b = items[r];
      if (!a || !b || !sameStatement(a, b, weight, LINK_BAR)) return false;
    }
  }
  return true;
}
