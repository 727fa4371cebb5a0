import { PRONOUNS, SENTENCE_ADVERBS } from './name-words.js';
import { phraseEndingAt, phraseStartingAt, type NameContext, type NamePhrase } from './names.js';
import { nameContext, type Reading } from './reading.js';
import { CONJUNCTIONS, FRONTED_OPENERS } from './speech-words.js';

/** A name phrase with the others named jointly with it, and the token it ends at. */
export interface NamedSubject {
  subject: NamePhrase;
  partners: NamePhrase[];
  end: number;
}

const POSSESSIVE = /['’]s$/u;
const MAX_LISTED = 4;

/**
 * The phrase that opens a sentence's main clause, past conjunctions, adverbs and a fronted phrase
 * ("In a statement, the ministry said …", "Speaking to BBC News, Johnson said …"); a role with the
 * name after it in apposition gives the name. Undefined when the sentence opens with a quotation,
 * or with an owner ("Russia’s …", whose noun is the subject).
 */
export function mainSubject(reading: Reading, blockIndex: number, first: number, last: number): NamePhrase | undefined {
  const block = reading.blocks[blockIndex];
  if (!block) return undefined;
  const { tokens } = block;
  let k = first;
  while (k <= last && !tokens[k]?.word) k++;
  for (let step = 0; step < 3 && k <= last; step++) {
    if (block.quotationOf[k] !== -1) return undefined;
    const lower = tokens[k]?.text.toLowerCase() ?? '';
    if (CONJUNCTIONS.has(lower) || SENTENCE_ADVERBS.has(lower)) k += tokens[k + 1]?.text === ',' ? 2 : 1;
    else if (FRONTED_OPENERS.has(lower) || lower.endsWith('ing')) {
      let comma = k + 1;
      while (comma <= last && (tokens[comma]?.text !== ',' || block.quotationOf[comma] !== -1)) comma++;
      if (comma > last) return undefined;
      k = comma + 1;
    } else break;
  }
  if (block.quotationOf[k] !== -1) return undefined;
  // "he" lowercase, opening a reported clause ("said he had misled them … by saying …").
  if (PRONOUNS.has(block.lower[k] ?? '')) return phraseEndingAt(nameContext(reading, blockIndex), k, k);
  const phrase = phraseStartingAt(nameContext(reading, blockIndex), k, last);
  if (!phrase || POSSESSIVE.test(tokens[phrase.to]?.text ?? '')) return undefined;
  if (phrase.name.length === 0 && tokens[phrase.to + 1]?.text === ',') {
    const named = namedAfter(reading, blockIndex, phrase.to + 2, last);
    if (named) return named.subject;
  }
  return phrase;
}

/**
 * A name phrase starting at `at`, with others listed after it: "Maria Blagovolina and Alexander
 * Boykov", "Chairman Bob Goodlatte, Chairman Trey Gowdy, and Chairman Devin Nunes".
 */
export function namedAfter(reading: Reading, blockIndex: number, at: number, last: number): NamedSubject | undefined {
  const ctx = nameContext(reading, blockIndex);
  const subject = phraseStartingAt(ctx, at, last);
  if (!subject || !isNamed(subject)) return undefined;
  const partners: NamePhrase[] = [];
  let end = subject.to;
  for (let listed = 0; listed < MAX_LISTED; listed++) {
    let k = end + 1;
    const comma = ctx.tokens[k]?.text === ',';
    if (comma) k++;
    const and = ctx.tokens[k]?.text.toLowerCase() === 'and';
    if (and) k++;
    if (!comma && !and) break;
    const partner = phraseStartingAt(ctx, k, last);
    if (!partner || !isNamed(partner) || partner.organisation !== subject.organisation) break;
    partners.push(partner);
    end = partner.to;
    if (and) break;
  }
  // A list without its "and" was apposition, not a list: "Sergei Lavrov, Russia’s foreign minister".
  return partners.length > 0 && ctx.tokens[partners.at(-1)!.from - 1]?.text.toLowerCase() !== 'and' ? { subject, partners: [], end: subject.to } : { subject, partners, end };
}

/** Others named with a subject by "and" before it: "CNN and the New York Times have reported". */
export function partnersBefore(ctx: NameContext, subject: NamePhrase, floor: number): NamePhrase[] {
  if (subject.name.length === 0 || ctx.tokens[subject.from - 1]?.text.toLowerCase() !== 'and') return [];
  const partner = phraseEndingAt(ctx, subject.from - 2, floor);
  return partner && isNamed(partner) ? [partner] : [];
}

/**
 * The subject before a parenthetical: "Blinken, on Wednesday, following his meet with Ukrainian
 * leaders, warned", "Yair Lapid, Israel’s foreign minister, said". Walks back over up to three
 * comma-separated segments; a segment that is a name wins over one that is a role or a pronoun.
 */
export function parentheticalSubject(reading: Reading, blockIndex: number, comma: number, first: number): NamePhrase | undefined {
  let named: NamePhrase | undefined;
  let fallback: NamePhrase | undefined;
  // The leftmost name: "Mikhail Podolyak, a key adviser to the president, Volodymyr Zelenskiy, tweeted".
  for (const phrase of segmentsBefore(reading, blockIndex, comma, first)) {
    if (isNamed(phrase)) named = phrase;
    else if (!fallback && (phrase.role || phrase.pronoun || phrase.generic)) fallback = phrase;
  }
  return named ?? fallback;
}

/** The name a participle's "with" gives it: "with Enrico Letta, the party's leader, describing …". */
export function withSubject(reading: Reading, blockIndex: number, comma: number, first: number): NamePhrase | undefined {
  const tokens = reading.blocks[blockIndex]?.tokens ?? [];
  for (const phrase of segmentsBefore(reading, blockIndex, comma, first, true)) {
    if (isNamed(phrase) && tokens[phrase.from - 1]?.text.toLowerCase() === 'with') return phrase;
  }
  return undefined;
}

/**
 * The phrases that make up whole comma-separated segments before token `comma`, nearest first, up
 * to three segments back; with `afterWith`, a segment may also be "with" and a phrase.
 */
function segmentsBefore(reading: Reading, blockIndex: number, comma: number, first: number, afterWith = false): NamePhrase[] {
  const block = reading.blocks[blockIndex];
  if (!block) return [];
  const { tokens } = block;
  const ctx = nameContext(reading, blockIndex);
  const phrases: NamePhrase[] = [];
  let end = comma - 1;
  for (let segment = 0; segment < 3 && end >= first; segment++) {
    let start = end;
    while (start > first && tokens[start - 1]?.text !== ',') start--;
    // A quotation's closing mark may open the segment: `“…,” Kryha, who led …, said`.
    let from = start;
    while (from < end && !tokens[from]?.word) from++;
    if (afterWith && tokens[from]?.text.toLowerCase() === 'with') from++;
    const phrase = block.quotationOf[end] === -1 ? phraseEndingAt(ctx, end, from) : undefined;
    if (phrase && phrase.from === from) phrases.push(phrase);
    end = start - 2;
  }
  return phrases;
}

function isNamed(phrase: NamePhrase | undefined): boolean {
  return phrase !== undefined && phrase.name.length > 0 && !phrase.generic;
}
