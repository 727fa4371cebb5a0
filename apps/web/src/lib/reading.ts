const WORDS_PER_MINUTE = 230;
const numbers = new Intl.NumberFormat('en-US');

/** "1,234 words · 6 min read"; at least one minute for any text, "0 words" for none. */
export function describeLength(wordCount: number): string {
  const words = countOf(wordCount, 'word');
  if (wordCount <= 0) return words;
  return `${words} · ${Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE))} min read`;
}

/** "1 source", "3 sources": a count with its noun, plural past one. */
export function countOf(count: number, noun: string): string {
  return `${numbers.format(count)} ${count === 1 ? noun : `${noun}s`}`;
}
