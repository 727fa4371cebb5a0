import { NOT_PERSON_WORDS } from './name-words.js';
import type { Reading } from './reading.js';
import { isCapitalised, normalizeWord } from './tokens.js';

// Words that make a name a news outlet: "The Washington Post", "RIA Novosti news agency", "BBC Radio 4".
const OUTLET_WORDS = new Set(
  `news times post journal agency press tv television radio channel network newspaper broadcaster magazine
  daily tribune herald gazette gazeta telegraph guardian independent mail express observer programme wire
  bbc quicktake reuters`.split(/\s+/u),
);

/** An outlet's name without the description written with it: "Reuters news agency" → "Reuters", "Munhwa Ilbo newspaper" → "Munhwa Ilbo". */
export function outletName(text: string): string {
  const words = text.replace(/['’]s$/u, '').split(/\s+/u);
  let from = 0;
  let to = words.length;
  while (from < to && !isCapitalised(words[from] ?? '')) from++;
  while (to > from && !isCapitalised(words[to - 1] ?? '') && !/^\p{N}/u.test(words[to - 1] ?? '')) to--;
  return from < to ? words.slice(from, to).join(' ') : text;
}

/** Whether a name says it is an outlet's: "Korean Central News Agency", "Kyiv Independent". */
export function isOutletName(name: string): boolean {
  return name.split(/\s+/u).some((w) => OUTLET_WORDS.has(normalizeWord(w)));
}

/** Whether a description names an outlet though not by name: "the news agency", "the newspaper". */
export function isOutletDescription(text: string): boolean {
  return !isCapitalised(text) && text.split(/\s+/u).some((w) => OUTLET_WORDS.has(w.toLowerCase()));
}

/**
 * Whether a name the text credits ("according to X", "told X", "X reported") is an outlet or agency:
 * it has an outlet word ("Financial Times", "Kyiv Independent"), or it is a single name the article
 * uses for no person and no institution ("Sputnik", "Reuters", "CNN").
 */
export function isOutlet(name: string, reading: Reading): boolean {
  if (isOutletName(name)) return true;
  const words = name.split(/\s+/u).map(normalizeWord);
  if (words.length !== 1) return false;
  const word = words[0] ?? '';
  return !NOT_PERSON_WORDS.has(word) && !reading.persons.some((p) => normalizeWord(p.surname) === word);
}
