import { TITLES } from './abbreviations.js';
import { DETERMINERS, PRONOUNS, TIME_OPENERS, TIME_WORDS } from './name-words.js';
import { phraseStartingAt } from './names.js';
import { nameContext, type BlockReading, type Reading } from './reading.js';
import { BARE_CLAUSE_VERBS, FINITE_MARKERS, NO_CLAUSE_VERBS, NOT_CLAUSE_START, QUOTING_VERBS, TELLING_VERBS } from './speech-words.js';
import { isCapitalised } from './tokens.js';

/** A reported clause as a token range of its block. */
export interface Clause {
  from: number;
  to: number;
}

// How far after the verb "that" may come: "said on Friday in a statement that", and past a
// parenthetical: "is alleging, in a complaint filed in federal court, that".
const THAT_SEARCH = 8;
const THAT_SEARCH_PAST_COMMAS = 16;
// How far into a clause without "that" its verb may come: "added a corridor should be established".
const VERB_SEARCH = 7;
const VERB_SEARCH_PAST_COMMAS = 12;
// How many words a prepositional phrase between verb and clause may have: "said in a statement the company was".
const PHRASE_WORDS = 4;
const PAST = /^\p{Ll}+ed$/u;
const NUMBER = /^\p{N}/u;
const OPENING_MARK = /^[“‘"']$/u;
// "it’s", "there's", "they’re": a subject and its verb in one token.
const CONTRACTED = /^(?:it|he|she|that|there|they|we|i|you|who)['’](?:s|re|ve|ll|d|m)$/u;
const TIME_ADVERBS = new Set('overnight yesterday today earlier later previously recently'.split(' '));
// Who can be told: "told reporters", "told him".
const TOLD_WORDS = new Set('him her them us me you reporters journalists lawmakers parliament mps'.split(' '));
// Words that can open a clause without "that": a subject.
const CLAUSE_OPENERS = new Set([...DETERMINERS, 'there', 'we', 'i', 'you', 'these', 'those', 'some', 'many', 'all', 'no', 'both', 'neither', 'none']);
// Prepositions a quoting verb may take before "that": "posted on Twitter that".
const PLACE_OPENERS = new Set(['on', 'in', 'at', 'to']);

/**
 * The reported clause after the speech verb at token i, to the sentence's last token: after "that"
 * within a few words; right after "said"; or, after other verbs, where what follows reads as a
 * clause (a subject, then an auxiliary or a past tense soon: "added a corridor should be …",
 * "told the Guardian he believed …"). Undefined for verbs that take no clause ("asked whether").
 */
export function findClause(reading: Reading, blockIndex: number, i: number, last: number, verb: string): Clause | undefined {
  const block = reading.blocks[blockIndex];
  if (!block || NO_CLAUSE_VERBS.has(verb)) return undefined;
  const that = thatAfter(block, i, last, QUOTING_VERBS.has(verb));
  if (that !== undefined) return that < last ? { from: clauseStart(block, that + 1, last), to: last } : undefined;
  if (QUOTING_VERBS.has(verb)) return undefined;
  const telling = TELLING_VERBS.has(verb);
  const object = telling ? afterObject(reading, blockIndex, i + 1, last) : i + 1;
  let k = afterTime(block, object);
  // "said in a statement the company was …", "told Russian clients it could …" (the object unread).
  if (!readsAsClause(block, k, last) || (telling && object === i + 1)) k = clauseAfterPhrase(block, k, last, telling) ?? k;
  const next = block.tokens[k];
  if (!next || k > last) return undefined;
  if (!next.word && !(OPENING_MARK.test(next.text) && block.quotationOf[k] !== -1)) return undefined;
  if (NOT_CLAUSE_START.has(block.lower[k] ?? '')) return undefined;
  if (BARE_CLAUSE_VERBS.has(verb) || readsAsClause(block, k, last)) return { from: k, to: last };
  return undefined;
}

/**
 * The "that" opening a clause soon after the verb at token i, or undefined. Stops where a clause
 * has already begun ("said it had no evidence that …" has its "that" inside the clause); a quoting
 * verb takes it only right after it or after a place ("posted on Twitter that").
 */
function thatAfter(block: BlockReading, i: number, last: number, quoting: boolean): number | undefined {
  const { tokens } = block;
  let commas = 0;
  for (let k = i + 1; k <= Math.min(last, i + (commas > 0 ? THAT_SEARCH_PAST_COMMAS : THAT_SEARCH)); k++) {
    const token = tokens[k];
    if (!token || block.quotationOf[k] !== -1) return undefined;
    const lower = block.lower[k] ?? '';
    if (!token.word) {
      if (token.text === ',') commas++;
      // "told Mr. Erdogan that": a title's stop is no boundary.
      else if (!(token.text === '.' && TITLES.has(block.lower[k - 1] ?? ''))) return undefined;
      continue;
    }
    if (lower === 'that') return commas === 0 || tokens[k - 1]?.text === ',' ? k : undefined;
    // Inside a parenthetical ("in a complaint filed in court,") a verb does not start the clause.
    if (commas === 0 && (PRONOUNS.has(lower) || FINITE_MARKERS.has(lower))) return undefined;
    if (commas === 0 && PAST.test(token.text) && !DETERMINERS.has(block.lower[k - 1] ?? '')) return undefined;
    if (quoting && k === i + 1 && !PLACE_OPENERS.has(lower)) return undefined;
  }
  return undefined;
}

/** The clause's first token from k: past punctuation before an opening quotation (`that, "unfortunately," Russia …`). */
function clauseStart(block: BlockReading, k: number, last: number): number {
  let j = k;
  while (j < last && !block.tokens[j]?.word && !(OPENING_MARK.test(block.tokens[j]?.text ?? '') && block.quotationOf[j] !== -1)) j++;
  return j;
}

/**
 * Where a clause starts after a short phrase from k ("in a statement", "Russian clients"): the first
 * token within a few words from which the words read as a clause. Only a pronoun may start it after
 * an object ("told the Russian region of Kaliningrad it will …"); a prepositional phrase may be
 * followed by any subject.
 */
function clauseAfterPhrase(block: BlockReading, k: number, last: number, telling: boolean): number | undefined {
  const prepositional = !telling && NOT_CLAUSE_START.has(block.lower[k] ?? '');
  if (!telling && !prepositional) return undefined;
  for (let j = k + 1; j <= Math.min(last, k + (telling ? VERB_SEARCH : PHRASE_WORDS)); j++) {
    if (!block.tokens[j]?.word || block.quotationOf[j] !== -1) return undefined;
    const lower = block.lower[j] ?? '';
    if ((PRONOUNS.has(lower) || (prepositional && j > k + 1 && CLAUSE_OPENERS.has(lower))) && readsAsClause(block, j, last)) return j;
  }
  return undefined;
}

/**
 * Whether tokens from k read as a clause: a subject-like opening, then a finite verb within a few
 * words, past at most one apposition ("Russia’s ambassador, Anatoly Viktorov, had been …").
 */
function readsAsClause(block: BlockReading, k: number, last: number): boolean {
  const { tokens } = block;
  const opening = tokens[k];
  if (!opening) return false;
  const lower = block.lower[k] ?? '';
  if (CONTRACTED.test(lower)) return true;
  const subjectLike = isCapitalised(opening.text) || NUMBER.test(opening.text) || PRONOUNS.has(lower) || CLAUSE_OPENERS.has(lower) || OPENING_MARK.test(opening.text);
  if (!subjectLike) return false;
  let commas = 0;
  for (let j = k + 1; j <= Math.min(last, k + (commas > 0 ? VERB_SEARCH_PAST_COMMAS : VERB_SEARCH)); j++) {
    const token = tokens[j];
    if (!token) return false;
    if (!token.word) {
      if (token.text === ',' && isCapitalised(opening.text) && commas < 2) commas++;
      else if (token.text === ',' || token.text === ';' || token.text === ':' || token.text === '.') return false;
      continue;
    }
    const word = (block.lower[j] ?? '').replace(/’/gu, "'");
    // Inside an apposition ("Taiwan, which has …, is") the verb is not the clause's.
    if ((FINITE_MARKERS.has(word) || PAST.test(token.text)) && commas !== 1) return true;
    // "he thinks Shearer may …": a verb in -s right after a pronoun.
    if (j === k + 1 && PRONOUNS.has(lower) && /^\p{Ll}+s$/u.test(token.text)) return true;
  }
  return false;
}

/** The token after the object of "told": a pronoun, "reporters", or a name ("the Guardian", "USA TODAY"). */
function afterObject(reading: Reading, blockIndex: number, at: number, last: number): number {
  const block = reading.blocks[blockIndex];
  if (TOLD_WORDS.has(block?.lower[at] ?? '')) return at + 1;
  const phrase = phraseStartingAt(nameContext(reading, blockIndex), at, last);
  return phrase && phrase.name.length > 0 ? phrase.to + 1 : at;
}

/** The token after a time phrase starting at k ("on Thursday", "last week", "overnight"), or k when there is none. */
function afterTime(block: BlockReading, k: number): number {
  if (TIME_ADVERBS.has(block.lower[k] ?? '')) return k + 1;
  if (!TIME_OPENERS.has(block.lower[k] ?? '')) return k;
  let j = k + 1;
  while (TIME_WORDS.has(block.lower[j] ?? '')) j++;
  return j > k + 1 ? j : k;
}
