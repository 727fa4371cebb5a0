import { ENGLISH_STOP_WORDS } from '../search/stop-words.js';
import { phraseStartingAt, type NamePhrase } from './names.js';
import { nameContext, type Reading } from './reading.js';
import { namedAfter } from './subjects.js';
import { isCapitalised } from './tokens.js';

/** Words that credit a source: "according to X", "as per X", "speaking to X", "writing in X", "an interview with X". */
export interface SourceCue {
  /** Token index of the cue's first word ("according", "as", "speaking"). */
  at: number;
  /** Token index of the cue's last word. */
  to: number;
  /** The source as a name phrase, when it is one ("Sputnik", "Lavrov"; not "the news agency"). */
  phrase: NamePhrase | undefined;
  /** The source as written, without a leading "the": "Sputnik", "news agency". */
  text: string;
  /** "According to X", "as per X": X may be who speaks. "Speaking to X" and the like name only where the words appeared. */
  speaks: boolean;
}

// The two words of each cue, and whether its source may be the speaker.
const CUES = new Map<string, { next: ReadonlySet<string>; speaks: boolean }>([
  ['according', { next: new Set(['to']), speaks: true }],
  ['as', { next: new Set(['per']), speaks: true }],
  ['speaking', { next: new Set(['to', 'with']), speaks: false }],
  ['talking', { next: new Set(['to', 'with']), speaks: false }],
  ['writing', { next: new Set(['in', 'for']), speaks: false }],
  ['interview', { next: new Set(['with', 'on']), speaks: false }],
]);
// How many words a source runs to when it is not a name: "the news agency".
const CUE_WORDS = 5;

// How far into a cue its carrier may be named: "according to a report published in The New York Times".
const CARRIER_WORDS = 6;
const CARRIERS = new Set(['in', 'by', 'from']);
// What a carrier is named for: "a report in", "memos written by".
const REPORTS = new Set('report reports article articles story stories memo memos documents document statement interview'.split(' '));

/** The name after "in", "by" or "from" a few words on from token `at`, when the source is a report. */
function carrierAfter(reading: Reading, blockIndex: number, at: number, last: number): NamePhrase | undefined {
  const block = reading.blocks[blockIndex];
  if (!block) return undefined;
  let report = false;
  for (let k = at; k <= Math.min(last - 1, at + CARRIER_WORDS); k++) {
    if (!block.tokens[k]?.word) return undefined;
    report ||= REPORTS.has(block.lower[k] ?? '');
    if (!report || !CARRIERS.has(block.lower[k] ?? '')) continue;
    const phrase = phraseStartingAt(nameContext(reading, blockIndex), k + 1, last);
    return phrase?.name.length ? phrase : undefined;
  }
  return undefined;
}

/**
 * A source that is not a name phrase, as the cue's words give it: a name closing them ("German news
 * agency DPA" → "DPA", "Italian television channel Mediaset" → "Mediaset"), else the words up to
 * the first small word ("wire service that …" → "wire service").
 */
function sourceText(words: readonly string[]): string {
  let from = words.length;
  while (from > 0 && isCapitalised(words[from - 1] ?? '') && !ENGLISH_STOP_WORDS.has((words[from - 1] ?? '').toLowerCase())) from--;
  if (from < words.length) return words.slice(from).join(' ');
  const cut = words.findIndex((w, k) => k > 0 && ENGLISH_STOP_WORDS.has(w.toLowerCase()));
  return (cut === -1 ? words : words.slice(0, cut)).join(' ');
}

/** The source cues of the sentence spanning tokens first..last of a block, outside quotations. */
export function findSourceCues(reading: Reading, blockIndex: number, first: number, last: number): SourceCue[] {
  const block = reading.blocks[blockIndex];
  if (!block) return [];
  const ctx = nameContext(reading, blockIndex);
  const cues: SourceCue[] = [];
  for (let i = first; i < last; i++) {
    const cue = CUES.get(block.lower[i] ?? '');
    if (!cue || block.quotationOf[i] !== -1 || !cue.next.has(block.lower[i + 1] ?? '')) continue;
    let phrase = phraseStartingAt(ctx, i + 2, last);
    // "according to the US president, Joe Biden": the name in apposition is the source.
    if (phrase?.role && phrase.name.length === 0 && block.tokens[phrase.to + 1]?.text === ',') phrase = namedAfter(reading, blockIndex, phrase.to + 2, last)?.subject ?? phrase;
    // The source runs to the next punctuation, a few words at most.
    let to = i + 1;
    while (to < last && to < i + 1 + CUE_WORDS && block.tokens[to + 1]?.word) to++;
    const words = block.tokens.slice(i + 2, to + 1).map((t) => t.text);
    if (words[0]?.toLowerCase() === 'the') words.shift();
    if (words.length === 0 || phrase?.pronoun) continue;
    // "according to a report published in The New York Times": the outlet that carried it.
    phrase ??= carrierAfter(reading, blockIndex, i + 2, last);
    cues.push({ at: i, to: phrase && phrase.to > i + 1 ? phrase.to : to, phrase, text: phrase?.name.length ? phrase.name.join(' ') : sourceText(words), speaks: cue.speaks });
  }
  return cues;
}
