import { ENGLISH_STOP_WORDS } from '../search/stop-words.js';
import { findClause } from './clauses.js';
import { BETWEEN_SUBJECT_AND_VERB, DETERMINERS, TIME_OPENERS, TIME_WORDS } from './name-words.js';
import { phraseEndingAt, phraseStartingAt, type NamePhrase } from './names.js';
import { nameContext, type Reading } from './reading.js';
import { BE_FORMS, CONJUNCTIONS, OBJECT_VERBS, QUOTES_OBJECT, QUOTING_VERBS, SPEECH_NOUNS, SPEECH_PARTICIPLES, SPEECH_VERBS } from './speech-words.js';
import { mainSubject, namedAfter, parentheticalSubject, partnersBefore, withSubject, type NamedSubject } from './subjects.js';
import { isCapitalised } from './tokens.js';

/** A speech verb in a sentence with whoever it says is speaking. */
export interface Attribution {
  /** Token index of the verb in its block. */
  verb: number;
  subject: NamePhrase | undefined;
  /** Others speaking jointly with the subject: "CNN and the New York Times have reported". */
  partners: NamePhrase[];
  /** The subject follows the verb: `,” said Trump`, `, stated Sputnik`. */
  inverted: boolean;
  /** Token range of the reported clause: "said that <clause>", "said <clause>". */
  clause: { from: number; to: number } | undefined;
  /** Whom the speaker told, when a name: "told Reuters". */
  told: NamePhrase | undefined;
  /** A verb that quotes without reporting a clause: "hailed the decision as a “historic achievement”". */
  quoting: boolean;
  /** The last token of the attribution: its verb, inverted subject or the person told. */
  end: number;
  /** No subject because the sentence leaves it out, speaking on for the one before: "And continued: “…”". */
  elided: boolean;
}

// Every word that can attribute speech, for one lookup per token before the finer ones.
const SPEECH_WORDS = new Set([...SPEECH_VERBS, ...SPEECH_PARTICIPLES, ...QUOTING_VERBS, ...QUOTES_OBJECT, ...SPEECH_NOUNS]);
// Words before a verb that make it a noun ("the claims", "its reports") or an infinitive ("declined to comment").
const NOT_BEFORE_VERB = new Set([...DETERMINERS, 'so-called', 'whose', 'such', 'these', 'those', 'to']);
// Words after an inverted subject that show it ends there: "said Lavrov on Friday", "said Trump, who …".
const AFTER_INVERTED = new Set(
  'on in at during after before when while who as according adding in via from last this earlier yesterday today overnight late'.split(' '),
);
// Prepositions that cannot open a clause ("after" can: "hours after Trump told reporters").
const PREPOSITIONS = new Set('with of in to for from at on by among between about against over under during through'.split(' '));
// A passive participle after these names no speaker: "when asked", "as reported".
const SUBORDINATORS = new Set('when if once unless as after before while'.split(' '));

/** The speech verbs of the sentence spanning tokens first..last of a block, outside quotations. */
export function findAttributions(reading: Reading, blockIndex: number, first: number, last: number): Attribution[] {
  const block = reading.blocks[blockIndex];
  if (!block) return [];
  const ctx = nameContext(reading, blockIndex);
  const { tokens } = block;
  const found: Attribution[] = [];
  let main: NamePhrase | undefined | null = null;
  const sentenceSubject = () => {
    if (main === null) main = mainSubject(reading, blockIndex, first, last);
    return main;
  };
  // A participle or a second verb ("…, saying", "… and added") speaks for the sentence's subject;
  // a second verb inside a reported clause without a comma before it, for the clause's ("X said
  // that a diplomat met Y and said …").
  const carried = (at: number, inner: boolean): NamePhrase | undefined => {
    const enclosing = inner ? found.findLast((a) => a.clause && a.clause.from <= at && at <= a.clause.to) : undefined;
    if (enclosing?.clause) return mainSubject(reading, blockIndex, enclosing.clause.from, last);
    return found.findLast((a) => a.subject)?.subject ?? sentenceSubject();
  };
  for (let i = first; i <= last; i++) {
    const token = tokens[i];
    if (!token?.word || block.quotationOf[i] !== -1) continue;
    const lower = block.lower[i] ?? '';
    if (!SPEECH_WORDS.has(lower)) continue;
    const participle = SPEECH_PARTICIPLES.has(lower);
    const quoting = QUOTING_VERBS.has(lower);
    const verb = participle || quoting || SPEECH_VERBS.has(lower) || QUOTES_OBJECT.has(lower);
    if (!verb && !SPEECH_NOUNS.has(lower)) continue;
    // "the United States": a capital mid-sentence makes a name, not a verb.
    if (isCapitalised(token.text) && !block.initial[i]) continue;
    const noun = SPEECH_NOUNS.has(lower) ? nounAttribution(reading, blockIndex, i, last) : undefined;
    if (noun) found.push(noun);
    if (noun || !verb) continue;
    const before = block.lower[i - 1] ?? '';
    // "are said to be" is passive and names nobody; "is alleging" speaks.
    if (NOT_BEFORE_VERB.has(before) || (BE_FORMS.has(before) && !lower.endsWith('ing')) || SUBORDINATORS.has(before)) continue;
    // "Noting that …, Zelenskiy said": a participle opening the sentence is no attribution of its own.
    if (participle && i === first) continue;
    let subject: NamePhrase | undefined;
    let elided = false;
    let partners: NamePhrase[] = [];
    let inverted = false;
    let end = i;
    const j = skipToSubject(reading, blockIndex, i - 1, first);
    const left = tokens[j];
    const leftLower = block.lower[j] ?? '';
    if (QUOTES_OBJECT.has(lower)) {
      // "the newspaper quotes a source close to the firm": the one quoted speaks.
      subject = phraseStartingAt(ctx, i + 1, last);
      if (subject?.pronoun) subject = undefined;
    } else if (participle || (quoting && lower.endsWith('ing'))) {
      // ", saying" speaks for the sentence; "by saying" for the clause it ends.
      subject = (left?.text === ',' ? withSubject(reading, blockIndex, j, first) : undefined) ?? carried(i, leftLower === 'by');
    } else if (left?.word && block.quotationOf[j] === -1) {
      if (CONJUNCTIONS.has(leftLower)) {
        subject = carried(i, tokens[j - 1]?.text !== ',');
        // "And continued: …" opening a sentence speaks for the sentence before.
        elided = !subject && j === first;
      } else if (leftLower === 'who' && tokens[j - 1]?.text === ',') subject = phraseEndingAt(ctx, j - 2, first);
      else if (leftLower !== 'which' && leftLower !== 'that') subject = phraseEndingAt(ctx, j, first);
      // "Putin in his meeting with parliamentary leaders accused": the phrase is an object, not the subject.
      if (subject && isObject(reading, blockIndex, subject.from, first)) subject = afterComma(reading, blockIndex, subject.from, first) ?? sentenceSubject();
      if (subject && !subject.pronoun) partners = partnersBefore(ctx, subject, first);
    } else {
      if (!OBJECT_VERBS.has(lower) && !quoting) {
        const after = invertedSubject(reading, blockIndex, i + 1, last);
        if (after) ({ subject, partners, end } = after);
        inverted = subject !== undefined;
      }
      // `…, who called himself a “recovering neocon,” said`: a comma before the closing mark counts.
      const comma = left?.text === ',' ? j : !left?.word && tokens[j - 1]?.text === ',' ? j - 1 : -1;
      if (!subject && comma >= 0) subject = parentheticalSubject(reading, blockIndex, comma, first);
    }
    const told = lower === 'told' || lower === 'tells' ? namedObject(reading, blockIndex, i + 1, last) : undefined;
    if (told) end = told.to;
    const clause = inverted || QUOTES_OBJECT.has(lower) ? undefined : findClause(reading, blockIndex, i, last, lower);
    found.push({ verb: i, subject, partners, inverted, clause, told, quoting: quoting && !clause, end, elided });
  }
  return found;
}

/**
 * The subject after a verb (`,” said Trump`), only where the phrase ends there: "said Israel made
 * every effort" has a clause, not a subject. A role followed by the name in apposition gives the
 * name: "said the Israeli prime minister, Naftali Bennett".
 */
function invertedSubject(reading: Reading, blockIndex: number, at: number, last: number): { subject: NamePhrase; partners: NamePhrase[]; end: number } | undefined {
  const block = reading.blocks[blockIndex];
  const opener = block?.tokens[at]?.text.toLowerCase();
  if (!block || opener === 'that' || opener === 'this') return undefined;
  const ctx = nameContext(reading, blockIndex);
  const subject = phraseStartingAt(ctx, at, last);
  if (!subject || subject.pronoun) return undefined;
  if (!endsPhrase(reading, blockIndex, subject.to + 1)) return undefined;
  if (block.tokens[subject.to + 1]?.text === ',' && subject.name.length === 0) {
    const named = namedAfter(reading, blockIndex, subject.to + 2, last);
    if (named && endsPhrase(reading, blockIndex, named.end + 1)) return named;
  }
  return { subject, partners: [], end: subject.to };
}

/** Whether token i ends a phrase: punctuation other than a quotation mark, the block's end, or a word such as "on" or "who". */
function endsPhrase(reading: Reading, blockIndex: number, i: number): boolean {
  const block = reading.blocks[blockIndex];
  const token = block?.tokens[i];
  if (!block || !token) return true;
  if (!token.word) return block.quotationOf[i] === -1;
  return AFTER_INVERTED.has(token.text.toLowerCase());
}

/** "remarks by X", "a statement from X": X's words, though no verb says so. */
function nounAttribution(reading: Reading, blockIndex: number, i: number, last: number): Attribution | undefined {
  const block = reading.blocks[blockIndex];
  const by = block?.tokens[i + 1]?.text.toLowerCase();
  if (!block || (by !== 'by' && by !== 'from')) return undefined;
  const named = namedAfter(reading, blockIndex, i + 2, last) ?? appositiveNamed(reading, blockIndex, i + 2, last);
  if (!named) return undefined;
  return { verb: i, subject: named.subject, partners: named.partners, inverted: false, clause: undefined, told: undefined, quoting: true, end: named.end, elided: false };
}

/** A role with the name after it in apposition: "the Kremlin foreign minister, Sergei Lavrov". */
function appositiveNamed(reading: Reading, blockIndex: number, at: number, last: number): NamedSubject | undefined {
  const role = phraseStartingAt(nameContext(reading, blockIndex), at, last);
  if (!role?.role || role.name.length > 0 || reading.blocks[blockIndex]?.tokens[role.to + 1]?.text !== ',') return undefined;
  return namedAfter(reading, blockIndex, role.to + 2, last);
}

/**
 * The phrase after the last comma before token `from`, when a phrase was found to be an object:
 * "…, the head of the office of the Ukrainian president has said" is said by "the head".
 */
function afterComma(reading: Reading, blockIndex: number, from: number, first: number): NamePhrase | undefined {
  const block = reading.blocks[blockIndex];
  if (!block) return undefined;
  let comma = from - 1;
  while (comma > first && (block.tokens[comma]?.text !== ',' || block.quotationOf[comma] !== -1)) comma--;
  if (comma <= first) return undefined;
  const phrase = phraseStartingAt(nameContext(reading, blockIndex), comma + 1, from);
  return phrase && (phrase.role || phrase.name.length > 0) ? phrase : undefined;
}

/** Whether the phrase starting at token `from` follows a preposition, past a couple of adjectives: "with parliamentary leaders". */
function isObject(reading: Reading, blockIndex: number, from: number, first: number): boolean {
  const tokens = reading.blocks[blockIndex]?.tokens ?? [];
  // "note that Lavrov has said": "that" opens a clause whose subject this is.
  if (tokens[from]?.text.toLowerCase() === 'that') return false;
  for (let k = from - 1; k >= Math.max(first, from - 3); k--) {
    const lower = tokens[k]?.text.toLowerCase() ?? '';
    if (PREPOSITIONS.has(lower)) return true;
    if (!/^\p{Ll}+$/u.test(tokens[k]?.text ?? '') || ENGLISH_STOP_WORDS.has(lower)) return false;
  }
  return false;
}

/** Steps left from token j over adverbs and time phrases ("has previously", "on Friday") to where a subject would end. */
function skipToSubject(reading: Reading, blockIndex: number, j: number, first: number): number {
  const tokens = reading.blocks[blockIndex]?.tokens ?? [];
  let k = j;
  for (;;) {
    const start = k;
    while (k >= first && BETWEEN_SUBJECT_AND_VERB.has(tokens[k]?.text.toLowerCase() ?? '')) k--;
    let time = k;
    while (time >= first && (TIME_WORDS.has(tokens[time]?.text.toLowerCase() ?? '') || /^\d+$/u.test(tokens[time]?.text ?? ''))) time--;
    if (time < k && TIME_OPENERS.has(tokens[time]?.text.toLowerCase() ?? '')) k = time - 1;
    if (k === start) return k;
  }
}

/** The named object of "told" ("told Reuters"), not a role, group or pronoun. */
function namedObject(reading: Reading, blockIndex: number, at: number, last: number): NamePhrase | undefined {
  const phrase = phraseStartingAt(nameContext(reading, blockIndex), at, last);
  return phrase && phrase.name.length > 0 && !phrase.role && !phrase.generic ? phrase : undefined;
}
