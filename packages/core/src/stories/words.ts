// Splitting article text into normalised words, keeping what clustering needs to know about each:
// whether it was capitalised mid-sentence (a name), an acronym or a number.

/** One word of an article. */
export interface Word {
  /** Lowercased, possessive and inner dots/apostrophes removed: "U.S." → "us", "Lavrov’s" → "lavrov". */
  text: string;
  /** Capitalised where a sentence does not start, so most likely part of a name. */
  name: boolean;
  /** Two or more capitals and nothing else ("NATO", "U.S."): never taken for a stop word. */
  acronym: boolean;
  /** Digits, maybe with a decimal point ("6.1", "2013"). */
  number: boolean;
}

// Letters or digits, joined across inner dots and apostrophes ("U.S", "6.1", "don't"); hyphens split,
// so "Jong-un" and "Jong Un" give the same words.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’.][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
// What between two words starts a new sentence or quotation, after which a capital says nothing.
// Characters between two words that start a new sentence or quotation, after which a capital says nothing.
const SENTENCE_GAP = new Set(Array.from('.!?:;\n"“‘([—–', (c) => c.charCodeAt(0)));
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;
const NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u;
const POSSESSIVE = /['’]s$/u;
const INNER = /['’.]/gu;
const JOINERS = /['’.]/u;

// A run of this many capitalised words is a shouted headline or dateline, not a row of acronyms.
const SHOUTED_RUN = 3;

/** The words of `text` in order. */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  const shouted: boolean[] = [];
  let end = 0;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    let initial = words.length === 0;
    for (let i = end; i < start && !initial; i++) initial = SENTENCE_GAP.has(text.charCodeAt(i));
    end = start + raw.length;
    const first = raw[0]!;
    const upper = first !== first.toLowerCase();
    const number = !upper && first >= '0' && first <= '9' && NUMBER.test(raw);
    const joined = JOINERS.test(raw);
    const acronym = upper && ACRONYM.test(joined ? raw.replace(INNER, '') : raw);
    const normalised = (number || !joined ? raw : raw.replace(POSSESSIVE, '').replace(INNER, '')).toLowerCase();
    if (normalised === '') continue;
    words.push({ text: normalised, name: upper && !initial, acronym, number });
    shouted.push(upper && raw === raw.toUpperCase());
  }
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (j < words.length && shouted[j]) j++;
    if (j - i >= SHOUTED_RUN) for (let k = i; k < j; k++) words[k] = { ...words[k]!, name: false, acronym: false };
    i = Math.max(j, i + 1);
  }
  return words;
}
