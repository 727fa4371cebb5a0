/** The tense of the verb a date expression hangs on, as far as cheap cues tell. */
export type Tense = 'past' | 'future' | 'unknown';

// ASCII letters are enough for the English cue words, and much faster to scan than \p{L}.
const WORD = /[A-Za-z’']+/g;

const FUTURE = new Set(['will', 'shall', "won't"]);
// "would" is the future seen from the past ("said it would reopen on Monday"): either side of the article date.
const EITHER = new Set(['would']);
// "expected to", "plans to", "scheduled for": future; after a past auxiliary ("was expected to") the
// future seen from the past, like "would".
const FUTURE_BEFORE_TO = new Set(['expected', 'scheduled', 'slated', 'poised', 'planning', 'plans', 'planned', 'going', 'aims', 'intends']);
const FUTURE_BEFORE_FOR = new Set(['scheduled', 'planned', 'slated']);
// "due to" is also "because of", and "set to" also a setting: only with an auxiliary ("is due to", "are set to").
const NEEDS_AUXILIARY = new Set(['due', 'set']);
const PRESENT_AUXILIARY = new Set(['is', 'are', 'am', 'be', 'now']);
const PAST_AUXILIARY = new Set(['was', 'were', 'had', 'been']);
// Present forms that, in news copy, announce a scheduled event ("the summit, which ends on Tuesday").
const SCHEDULED = new Set(['begins', 'starts', 'ends', 'opens', 'resumes', 'expires', 'beginning', 'starting', 'upcoming']);
const PAST = new Set([
  'was', 'were', 'had', 'did', 'has', 'have', 'been', 'said', 'told', 'ago', 'met', 'went', 'came', 'gave', 'took', 'made',
  'held', 'left', 'began', 'sent', 'saw', 'spoke', 'wrote', 'struck', 'fell', 'flew', 'won', 'lost', 'led', 'fled', 'sought',
  'brought', 'thought', 'found', 'rose', 'broke', 'chose', 'drove', 'ran', 'shot', 'stood', 'kept', 'paid', 'became', 'knew', 'got',
]);
// Regular past forms; "-eed" words are mostly not ("need", "proceed", "exceed").
const REGULAR_PAST = /^[a-z]{3,}(?<!e)ed$/;
const NOT_PAST = new Set(['hundred', 'naked', 'sacred', 'wicked', 'kindred']);

/**
 * The tense of `sentence` around the expression at [start, end): that of the nearest cue word before
 * it ("said on Monday", "will meet on Monday", "is due to … on Monday", "would" counting as
 * `unknown`), else of the nearest after it ("On Monday, he will …"); `unknown` when there is none.
 * Before first, because an English date mostly follows its verb ("said on Monday that he would …").
 */
export function tenseAround(sentence: string, start: number, end: number): Tense {
  let before: Tense | undefined;
  let previous: string | undefined;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(sentence); match; match = WORD.exec(sentence)) {
    const wordEnd = match.index + match[0].length;
    const word = match[0].includes('’') ? match[0].replace(/’/g, "'") : match[0];
    if (wordEnd <= start || match.index >= end) {
      if (match.index >= end && before) return before;
      const tense = cueOf(word, previous, sentence, wordEnd);
      if (tense && wordEnd <= start) before = tense;
      else if (tense) return tense;
    }
    previous = word;
  }
  return before ?? 'unknown';
}

/** The tense a word gives, if it is a cue; only lower-case words count, so names ("Will", "Ahmed") never do. */
function cueOf(word: string, before: string | undefined, sentence: string, wordEnd: number): Tense | undefined {
  if (word.endsWith("'ll")) return 'future'; // "we'll", "I'll", even sentence-initial
  const first = word.charCodeAt(0);
  if (first < 97 || first > 122) return undefined;
  if (FUTURE.has(word)) return 'future';
  if (EITHER.has(word)) return 'unknown';
  if (FUTURE_BEFORE_TO.has(word) || FUTURE_BEFORE_FOR.has(word) || NEEDS_AUXILIARY.has(word) || word === 'ahead') {
    const after = wordAfter(sentence, wordEnd);
    const auxiliary = auxiliaryTense(before);
    if ((FUTURE_BEFORE_TO.has(word) && after === 'to') || (FUTURE_BEFORE_FOR.has(word) && after === 'for')) return auxiliary ?? 'future';
    if (NEEDS_AUXILIARY.has(word) && (after === 'to' || after === 'for' || after === 'on')) return auxiliary;
    if (word === 'ahead' && after === 'of') return 'future';
  }
  if (SCHEDULED.has(word)) return 'future';
  if (PAST.has(word)) return 'past';
  // A participle after a present auxiliary is a passive in the present ("is closed on 11 July"), not a past.
  if (word.endsWith('ed') && REGULAR_PAST.test(word) && !NOT_PAST.has(word)) {
    return before !== undefined && (PRESENT_AUXILIARY.has(before) || before.endsWith("'s")) ? undefined : 'past';
  }
  return undefined;
}

/** The tense an auxiliary gives a plan after it: "is due to" (or "it's due to") future, "was due to" either side. */
function auxiliaryTense(word: string | undefined): Tense | undefined {
  if (word === undefined) return undefined;
  if (PAST_AUXILIARY.has(word)) return 'unknown';
  return PRESENT_AUXILIARY.has(word) || word.endsWith("'s") ? 'future' : undefined;
}

const NEXT_WORD = /\s+([a-z]+)/y;

function wordAfter(sentence: string, at: number): string | undefined {
  NEXT_WORD.lastIndex = at;
  return NEXT_WORD.exec(sentence)?.[1];
}
