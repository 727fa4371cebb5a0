import type { Block } from '../model.js';
import { PLACE_PREPOSITIONS } from './name-words.js';
import { phraseEndingAt, phraseStartingAt, surnameOf, type NameContext, type NamePhrase } from './names.js';
import { findQuotations, type Quotation } from './quote-marks.js';
import { addRole, type RoleMap } from './roles.js';
import { splitArticle, type Sentence } from './sentences.js';
import { isCapitalised, lowerCase, normalizeWord, tokenize, type Token } from './tokens.js';

/** One block's text cut into tokens, each placed in its sentence and, if quoted, its quotation. */
export interface BlockReading {
  text: string;
  heading: boolean;
  tokens: Token[];
  /** Each token's text lowercased, computed once for the many word-list lookups. */
  lower: string[];
  /** Article-wide sentence index of each token. */
  sentenceOf: number[];
  /** Index into `quotations` of the quotation holding each token (its marks included), or -1. */
  quotationOf: number[];
  quotations: Quotation[];
  /** Whether each token starts a sentence or a quotation, where a capital letter says nothing. */
  initial: boolean[];
}

/** A person named outside quotation marks, in reading order, for resolving "he" and "she". */
export interface PersonMention {
  surname: string;
  gender: 'he' | 'she' | null;
  blockIndex: number;
  sentenceIndex: number;
  /** Offset in the block's text. */
  start: number;
  /** Named as an owner ("Pompeo’s mission"), which is rarely who a later pronoun means. */
  possessive: boolean;
}

/** What quote extraction knows about an article before it looks for quotes. */
export interface Reading {
  sentences: Sentence[];
  blocks: BlockReading[];
  /** Lowercased words the article capitalises where no sentence starts. */
  known: Set<string>;
  /** Lowercased surnames the article uses alone ("Lavrov", "Kim"). */
  usedAlone: Set<string>;
  roles: RoleMap;
  persons: PersonMention[];
}

const ACRONYM = /^\p{Lu}{2,}$/u;
const OPENING_MARK = /^[“‘"'«(\[]$/u;

/** Tokens, sentences, quotations, known names and role pairings of an article. */
export function readArticle(blocks: readonly Block[]): Reading {
  const sentences = splitArticle(blocks);
  const byBlock: Sentence[][] = blocks.map(() => []);
  for (const sentence of sentences) byBlock[sentence.blockIndex]?.push(sentence);
  const readings = blocks.map((block, blockIndex) => readBlock(block, byBlock[blockIndex] ?? []));
  const known = new Set<string>();
  for (const block of readings) {
    const { tokens, initial, lower } = block;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t?.word && !initial[i] && isCapitalised(t.text)) known.add(normalizeWord(lower[i] ?? t.text));
    }
  }
  const reading: Reading = { sentences, blocks: readings, known, usedAlone: new Set(), roles: new Map(), persons: [] };
  const phrases = namePhrases(reading);
  const roles = new Map<string, Set<string>>();
  for (const { phrase } of phrases) {
    if (phrase.name.length === 1 && !phrase.organisation) reading.usedAlone.add(normalizeWord(phrase.name[0] ?? ''));
  }
  // A person is a name given with a title or role, or a full name; a lone word only once so named.
  const personal = new Set<string>();
  const people = phrases.filter(({ phrase, blockIndex }) => !phrase.organisation && phrase.name.length > 0 && !isPlace(readings[blockIndex], phrase));
  for (const { phrase, blockIndex } of people) {
    const surname = surnameOf(phrase.name, reading.usedAlone);
    const role = phrase.role ?? appositiveRole(reading, blockIndex, phrase);
    if (role) addRole(roles, role, surname);
    // "BBC Newcastle" has two words but is no one's name.
    if (role || phrase.gender || (phrase.name.length >= 2 && !phrase.name.some((w) => ACRONYM.test(w)))) personal.add(normalizeWord(surname));
  }
  reading.roles = roles;
  for (const { phrase, blockIndex } of people) {
    const surname = surnameOf(phrase.name, reading.usedAlone);
    if (!personal.has(normalizeWord(surname))) continue;
    const block = readings[blockIndex];
    const last = block?.tokens[phrase.to];
    if (!block || !last) continue;
    reading.persons.push({
      surname,
      gender: phrase.gender,
      blockIndex,
      sentenceIndex: block.sentenceOf[phrase.from] ?? 0,
      start: block.tokens[phrase.from]?.start ?? 0,
      possessive: /['’]s$/u.test(last.text),
    });
  }
  return reading;
}

/** The block and first and last token of an article-wide sentence, or undefined when it has no tokens. */
export function sentenceTokens(reading: Reading, sentence: number): { blockIndex: number; first: number; last: number } | undefined {
  const blockIndex = reading.sentences[sentence]?.blockIndex;
  const block = blockIndex === undefined ? undefined : reading.blocks[blockIndex];
  if (!block || blockIndex === undefined) return undefined;
  const first = block.sentenceOf.indexOf(sentence);
  if (first === -1) return undefined;
  let last = first;
  while (block.sentenceOf[last + 1] === sentence) last++;
  return { blockIndex, first, last };
}

/** The NameContext for one block of a reading. */
export function nameContext(reading: Reading, blockIndex: number): NameContext {
  const block = reading.blocks[blockIndex];
  return { tokens: block?.tokens ?? [], lower: block?.lower, initial: (i) => block?.initial[i] ?? false, known: reading.known };
}

function readBlock(block: Block, own: readonly Sentence[]): BlockReading {
  const tokens = tokenize(block.text);
  const quotations = findQuotations(block.text);
  let s = 0;
  let q = 0;
  const sentenceOf: number[] = [];
  const quotationOf: number[] = [];
  const initial: boolean[] = [];
  let sentenceStarted = -1;
  tokens.forEach((token, i) => {
    while (s < own.length - 1 && token.start >= (own[s + 1]?.start ?? Infinity)) s++;
    while (q < quotations.length && token.start >= (quotations[q]?.outerEnd ?? Infinity)) q++;
    const quotation = quotations[q];
    const inQuote = quotation !== undefined && token.start >= quotation.outerStart && token.start < quotation.outerEnd;
    const sentenceIndex = own[s]?.index ?? 0;
    sentenceOf.push(sentenceIndex);
    quotationOf.push(inQuote ? q : -1);
    const previous = tokens[i - 1];
    const first = sentenceStarted !== sentenceIndex;
    if (token.word) sentenceStarted = sentenceIndex;
    initial.push(token.word && (first || (previous !== undefined && !previous.word && OPENING_MARK.test(previous.text) && isOpening(quotations, previous))));
  });
  const lower = tokens.map((t) => lowerCase(t.text));
  return { text: block.text, heading: block.type === 'subheading', tokens, lower, sentenceOf, quotationOf, quotations, initial };
}

function isOpening(quotations: readonly Quotation[], token: Token): boolean {
  return token.text === '(' || token.text === '[' || quotations.some((q) => q.outerStart === token.start);
}

/** Every maximal name or title phrase outside quotations, with the block it is in. */
function namePhrases(reading: Reading): { phrase: NamePhrase; blockIndex: number }[] {
  const found: { phrase: NamePhrase; blockIndex: number }[] = [];
  reading.blocks.forEach((block, blockIndex) => {
    const ctx = nameContext(reading, blockIndex);
    const { tokens } = block;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const next = tokens[i + 1];
      if (!token?.word || block.quotationOf[i] !== -1 || !isCapitalised(token.text)) continue;
      // Only where a run of capitalised words ends, so each phrase is read once, at its fullest.
      if (next?.word && isCapitalised(next.text) && block.quotationOf[i + 1] === -1) continue;
      if (next?.text === '.' && tokens[i + 2]?.word && isCapitalised(tokens[i + 2]?.text ?? '')) continue;
      const floor = firstOfSentence(block, i);
      const phrase = phraseEndingAt(ctx, i, floor);
      if (!phrase || phrase.name.length === 0) continue;
      // "Newcastle" ends a run but lies inside "Newcastle boss Graeme Souness": keep the longer phrase.
      while (found.at(-1)?.blockIndex === blockIndex && (found.at(-1)?.phrase.from ?? -1) >= phrase.from) found.pop();
      found.push({ phrase, blockIndex });
    }
  });
  return found;
}

/** A name without title after "in", "from" and the like: a place ("in Los Angeles"), not a person. */
function isPlace(block: BlockReading | undefined, phrase: NamePhrase): boolean {
  if (!block || phrase.role || phrase.gender) return false;
  return PLACE_PREPOSITIONS.has(block.tokens[phrase.from - 1]?.text.toLowerCase() ?? '');
}

/**
 * The role set beside a name by commas: "Yair Lapid, Israel’s foreign minister," and "the Israeli
 * prime minister, Naftali Bennett".
 */
function appositiveRole(reading: Reading, blockIndex: number, phrase: NamePhrase): string | null {
  const block = reading.blocks[blockIndex];
  if (!block) return null;
  const ctx = nameContext(reading, blockIndex);
  const sentence = block.sentenceOf[phrase.from];
  const inSentence = (i: number) => block.sentenceOf[i] === sentence && block.quotationOf[i] === -1;
  const roleOnly = (p: NamePhrase | undefined) => (p && p.role && p.name.length === 0 && !p.generic ? p.role : null);
  if (block.tokens[phrase.to + 1]?.text === ',' && inSentence(phrase.to + 2)) {
    const after = phraseStartingAt(ctx, phrase.to + 2, lastOfSentence(block, phrase.to));
    const next = block.tokens[(after?.to ?? -2) + 1];
    const role = roleOnly(after);
    if (role && (!next || !next.word)) return role;
  }
  if (block.tokens[phrase.from - 1]?.text === ',' && inSentence(phrase.from - 2)) {
    return roleOnly(phraseEndingAt(ctx, phrase.from - 2, firstOfSentence(block, phrase.from)));
  }
  return null;
}

/** The last token of the sentence holding token i. */
function lastOfSentence(block: BlockReading, i: number): number {
  let j = i;
  while (j < block.tokens.length - 1 && block.sentenceOf[j + 1] === block.sentenceOf[i]) j++;
  return j;
}

/** The first token of the sentence holding token i. */
function firstOfSentence(block: BlockReading, i: number): number {
  let j = i;
  while (j > 0 && block.sentenceOf[j - 1] === block.sentenceOf[i]) j--;
  return j;
}
