import type { Reading } from '../text/reading.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A test of whether an article writes a word in lowercase anywhere ("culture" beside a capitalised
 * "Culture" in a title), which says a capitalised use is an ordinary word. Answers are remembered;
 * the text is searched only for the few words that need asking, which is cheaper than indexing every word.
 */
export function lowercaseUse(reading: Reading): (lower: string) => boolean {
  const answers = new Map<string, boolean>();
  return (lower) => {
    let answer = answers.get(lower);
    if (answer === undefined) {
      answer = reading.blocks.some((block) => containsWord(block.text, lower));
      answers.set(lower, answer);
    }
    return answer;
  };
}

function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) return true;
  }
  return false;
}
