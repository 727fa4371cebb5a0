import type { StatementFeatures } from './features.js';

/** How much of two sentences' meaning words they share, weighted by rarity within the story. */
export interface Similarity {
  /** Shared weight over the smaller sentence's weight: 1 when one says all the other says. */
  overlap: number;
  /** Shared weight over the mean weight (Dice): 1 only when both say the same and nothing else. */
  dice: number;
  /** How many lexemes they share. */
  shared: number;
  /** Whether the first sentence weighs less (or as much): the one `overlap` measures. */
  smallerIsA: boolean;
}

// A name spelt as a country on one side and a nationality on the other ("Russia", "Russian") is one
// name; five letters keep "Korea"/"Korean" together and "Iran"/"Iraq" apart.
const RELATED_PREFIX = 5;

/** The weighted similarity of two sentences' lexemes; `weight` gives each lexeme's weight (its IDF). */
export function similarity(a: StatementFeatures, b: StatementFeatures, weight: (lexeme: string) => number): Similarity {
  let shared = 0;
  let sharedWeight = 0;
  let weightA = 0;
  let weightB = 0;
  for (const lexeme of a.lexemes) {
    const w = weight(lexeme);
    weightA += w;
    if (b.lexemes.has(lexeme)) {
      shared++;
      sharedWeight += w;
    }
  }
  for (const lexeme of b.lexemes) weightB += weight(lexeme);
  const smaller = Math.min(weightA, weightB);
  return {
    overlap: smaller > 0 ? sharedWeight / smaller : 0,
    dice: weightA + weightB > 0 ? (2 * sharedWeight) / (weightA + weightB) : 0,
    shared,
    smallerIsA: weightA <= weightB,
  };
}

/**
 * Whether two sentences cannot state the same thing: both give numbers and they differ, or each
 * names someone or somewhere the other does not (one naming more than the other is only more detail).
 * Names are let go when `sameQuotation`: two reports of one quotation may each name more around it.
 */
export function conflicts(a: StatementFeatures, b: StatementFeatures, sameQuotation = false): boolean {
  if (a.numbers.length > 0 && b.numbers.length > 0) {
    if (a.numbers.length !== b.numbers.length || a.numbers.some((n, i) => n !== b.numbers[i])) return true;
  }
  return !sameQuotation && hasUnmatched(a.names, b.names) && hasUnmatched(b.names, a.names);
}

/** Whether some name has no counterpart among `others`: none sharing a word ("Kim Jong Un", "Mr. Kim") or a stem ("Russia", "Russian"). */
function hasUnmatched(names: readonly string[][], others: readonly string[][]): boolean {
  const words = others.flat();
  return names.some((name) => !name.some((part) => words.some((other) => other === part || related(part, other))));
}

/** Whether two name words are one name spelt as country and nationality. */
function related(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= RELATED_PREFIX && long.startsWith(short.slice(0, Math.max(RELATED_PREFIX, short.length - 1)));
}
