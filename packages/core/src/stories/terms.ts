import { stem } from 'porter2';
import { ENGLISH_STOP_WORDS } from '../search/stop-words.js';
import type { Word } from './words.js';

// Reporting words that every news article uses; IDF would push them down anyway, but in a short
// article they would still take places among its few top terms.
const NEWS_STOP_WORDS = new Set(
  ('said says say saying told tell tells also would could may might must shall mr mrs ms according ' +
    'one two three four five first last new year years week month day today yesterday monday tuesday ' +
    'wednesday thursday friday saturday sunday like just get got going make made many much well however ' +
    'including still yet even though although whether since per cent percent another around').split(' '),
);
const ASCII_LETTERS = /^[a-z]+$/;
// Stems repeat in Zipfian proportions, so a small memo answers nearly every word.
const STEM_MEMO_LIMIT = 50_000;
const stems = new Map<string, string>();

/** How much a term's occurrences count, before IDF. */
export interface TermWeights {
  /** Multiplier for a term seen capitalised mid-sentence (a name) or as an acronym. */
  name: number;
  /** Multiplier for numbers ("6.1", "2013"), which often identify one event. */
  number: number;
  /** Extra occurrences credited to each title word. */
  title: number;
  /** Extra occurrences credited to the first word of the body, decaying by e every `leadWords` words. */
  lead: number;
  leadWords: number;
}

/** The clustering term for a word, or undefined for stop words, single letters and lone digits. */
export function termOf(word: Word): string | undefined {
  const text = word.text;
  if (text.length < 2) return undefined;
  if (word.number) return text;
  if (!word.acronym && (ENGLISH_STOP_WORDS.has(text) || NEWS_STOP_WORDS.has(text))) return undefined;
  if (word.acronym || !ASCII_LETTERS.test(text)) return text;
  let stemmed = stems.get(text);
  if (stemmed === undefined) {
    stemmed = stem(text);
    if (stems.size >= STEM_MEMO_LIMIT) stems.clear();
    stems.set(text, stemmed);
  }
  return stemmed;
}

/**
 * Each term of an article with its weight before IDF: 1 + ln(occurrences), where a title word counts
 * `weights.title` and a body word 1 plus a lead bonus fading with its position; times `weights.name`
 * if the term was ever written as a name and `weights.number` for numbers. Sublinear, so one
 * repeated word cannot dominate the vector.
 */
export function weighTerms(titleWords: Word[], bodyWords: Word[], weights: TermWeights): Map<string, number> {
  const counts = new Map<string, { count: number; name: boolean; number: boolean }>();
  const count = (word: Word, by: number) => {
    const term = termOf(word);
    if (term === undefined) return;
    const entry = counts.get(term);
    if (entry) {
      entry.count += by;
      entry.name ||= word.name || word.acronym;
    } else counts.set(term, { count: by, name: word.name || word.acronym, number: word.number });
  };
  for (const word of titleWords) count(word, weights.title);
  // News puts the event in the lead and background further down (the inverted pyramid), so two reports
  // of one event share lead words, while two events of one kind share mostly the background.
  bodyWords.forEach((word, i) => count(word, 1 + weights.lead * Math.exp(-i / weights.leadWords)));
  const bag = new Map<string, number>();
  for (const [term, entry] of counts) {
    const boost = entry.number ? weights.number : entry.name ? weights.name : 1;
    bag.set(term, (1 + Math.log(Math.max(entry.count, 1))) * boost);
  }
  return bag;
}
