import { phraseEndingAt, phraseStartingAt, type NamePhrase } from './names.js';
import {
  BARE_CLAUSE_VERBS,
  BETWEEN_SUBJECT_AND_VERB,
  DETERMINERS,
  OBJECT_VERBS,
  SPEECH_VERBS,
  TIME_OPENERS,
  TIME_WORDS,
} from './name-words.js';
import { nameContext, type Reading } from './reading.js';

/** A speech verb in a sentence with whoever it says is speaking. */
export interface Attribution {
  /** Token index of the verb in its block. */
  verb: number;
  subject: NamePhrase | undefined;
  /** The subject follows the verb: `,” said Trump`, `, stated Sputnik`. */
  inverted: boolean;
  /** Token range of the reported clause: "said that <clause>", "said <clause>". */
  clause: { from: number; to: number } | undefined;
  /** Whom the speaker told, when a name: "told Reuters". */
  told: NamePhrase | undefined;
}

/** "According to X", "as per X": a source for what the sentence reports. */
export interface SourceCue {
  /** Token index of "according" or "as". */
  at: number;
  /** Token index of the cue's last word. */
  to: number;
  /** The source as a name phrase, when it is one ("Sputnik", "Lavrov"; not "the news agency"). */
  phrase: NamePhrase | undefined;
  /** The source as written, without a leading "the": "Sputnik", "news agency". */
  text: string;
}

// Words after which no reported clause starts: "said on Friday that" still finds "that", but
// "said in a statement" has no clause.
const NOT_CLAUSE_START = new Set(
  'on in at during after before while to following with for of by from about as when than if because'.split(' '),
);
const CLAUSE_SEARCH = 8;
const CUE_WORDS = 5;
const NOUN_BEFORE = new Set([...DETERMINERS, 'so-called', 'whose', 'such', 'these', 'those', 'its']);

/** The speech verbs of the sentence spanning tokens first..last of a block, outside quotations. */
export function findAttributions(reading: Reading, blockIndex: number, first: number, last: number): Attribution[] {
  const block = reading.blocks[blockIndex];
  if (!block) return [];
  const ctx = nameContext(reading, blockIndex);
  const { tokens } = block;
  const found: Attribution[] = [];
  for (let i = first; i <= last; i++) {
    const token = tokens[i];
    const lower = token?.text.toLowerCase() ?? '';
    if (!token?.word || block.quotationOf[i] !== -1 || !SPEECH_VERBS.has(lower)) continue;
    // "the claims", "its reports": a noun, not a verb.
    if (NOUN_BEFORE.has(tokens[i - 1]?.text.toLowerCase() ?? '')) continue;
    let subject: NamePhrase | undefined;
    let inverted = false;
    const j = skipToSubject(reading, blockIndex, i - 1, first);
    const left = tokens[j];
    if (left?.word && block.quotationOf[j] === -1) {
      if (left.text.toLowerCase() === 'who' && tokens[j - 1]?.text === ',') subject = phraseEndingAt(ctx, j - 2, first);
      else subject = phraseEndingAt(ctx, j, first);
    } else {
      if (!OBJECT_VERBS.has(lower)) {
        subject = phraseStartingAt(ctx, i + 1, last);
        inverted = subject !== undefined;
      }
      if (!subject && left?.text === ',') subject = parentheticalSubject(reading, blockIndex, j, first);
    }
    const told = lower === 'told' || lower === 'tells' ? namedObject(reading, blockIndex, i + 1, last) : undefined;
    const clause = inverted ? undefined : findClause(reading, blockIndex, i, last, lower);
    found.push({ verb: i, subject, inverted, clause, told });
  }
  return found;
}

/** "According to X" and "as per X" cues in the sentence spanning tokens first..last, outside quotations. */
export function findSourceCues(reading: Reading, blockIndex: number, first: number, last: number): SourceCue[] {
  const block = reading.blocks[blockIndex];
  if (!block) return [];
  const ctx = nameContext(reading, blockIndex);
  const cues: SourceCue[] = [];
  for (let i = first; i < last; i++) {
    if (block.quotationOf[i] !== -1) continue;
    const word = block.tokens[i]?.text.toLowerCase();
    if (word !== 'according' && word !== 'as') continue;
    const next = block.tokens[i + 1]?.text.toLowerCase();
    if (!(word === 'according' ? next === 'to' : next === 'per')) continue;
    const phrase = phraseStartingAt(ctx, i + 2, last);
    // The source runs to the next punctuation, a few words at most.
    let to = i + 1;
    while (to < last && to < i + 1 + CUE_WORDS && block.tokens[to + 1]?.word) to++;
    const words = block.tokens.slice(i + 2, to + 1).map((t) => t.text);
    if (words[0]?.toLowerCase() === 'the') words.shift();
    if (words.length === 0 || phrase?.pronoun) continue;
    cues.push({ at: i, to: phrase && phrase.to > i + 1 ? phrase.to : to, phrase, text: phrase?.name.length ? phrase.name.join(' ') : words.join(' ') });
  }
  return cues;
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

/**
 * The subject before a parenthetical: "Blinken, on Wednesday, following his meet with Ukrainian
 * leaders, warned". Walks back over up to three comma-separated segments and takes the first that
 * is a name phrase and nothing else.
 */
function parentheticalSubject(reading: Reading, blockIndex: number, comma: number, first: number): NamePhrase | undefined {
  const tokens = reading.blocks[blockIndex]?.tokens ?? [];
  const ctx = nameContext(reading, blockIndex);
  let end = comma - 1;
  for (let segment = 0; segment < 3 && end >= first; segment++) {
    let start = end;
    while (start > first && tokens[start - 1]?.text !== ',') start--;
    const phrase = phraseEndingAt(ctx, end, start);
    if (phrase && phrase.from === start && (phrase.name.length > 0 || phrase.role || phrase.pronoun)) return phrase;
    end = start - 2;
  }
  return undefined;
}

/** The named object of "told" ("told Reuters"), not a role, group or pronoun. */
function namedObject(reading: Reading, blockIndex: number, at: number, last: number): NamePhrase | undefined {
  const phrase = phraseStartingAt(nameContext(reading, blockIndex), at, last);
  return phrase && phrase.name.length > 0 && !phrase.role && !phrase.generic ? phrase : undefined;
}

/** The reported clause after the verb at token i: after "that" within a few words, or right after "said". */
function findClause(reading: Reading, blockIndex: number, i: number, last: number, verb: string): Attribution['clause'] {
  const block = reading.blocks[blockIndex];
  if (!block) return undefined;
  const { tokens } = block;
  for (let k = i + 1; k <= Math.min(last, i + CLAUSE_SEARCH); k++) {
    const token = tokens[k];
    if (!token?.word) break;
    if (token.text.toLowerCase() === 'that') return k < last ? { from: k + 1, to: last } : undefined;
  }
  const next = tokens[i + 1];
  if (!BARE_CLAUSE_VERBS.has(verb) || !next?.word || i + 1 > last) return undefined;
  if (NOT_CLAUSE_START.has(next.text.toLowerCase())) return undefined;
  return { from: i + 1, to: last };
}
