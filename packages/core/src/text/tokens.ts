/** A word or a punctuation mark of a text, with its offsets in that text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Letters or digits (a word); otherwise a single punctuation character. */
  word: boolean;
}

// Dotted abbreviations whole ("U.S.", "a.m."), then words joined across inner apostrophes, dots and
// hyphens ("don't", "6.1", "Jong-un"), then any other non-space character alone.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’.\-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*|\S/gu;
const WORD = /^[\p{L}\p{N}]/u;

/** The tokens of `text` in order; `offset` is added to every position (for text cut from a block). */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index + offset;
    tokens.push({ text: match[0], start, end: start + match[0].length, word: WORD.test(match[0]) });
  }
  return tokens;
}

/** A word lowercased with a possessive ending dropped and curly apostrophes made straight: "Lavrov’s" → "lavrov". */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words have no apostrophe; skip the replacements for them (this runs for every capitalised word).
  return lower.includes("'") || lower.includes('’') ? lower.replace(/’/gu, "'").replace(/'s$/u, '') : lower;
}
