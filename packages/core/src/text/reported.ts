import type { Attribution } from './attribution.js';
import type { Credit, Found, SentenceFacts } from './facts.js';
import { TIME_OPENERS, TIME_WORDS } from './name-words.js';
import type { Quote } from './quotes.js';
import type { BlockReading, Reading } from './reading.js';
import { SPEECH_PARTICIPLES } from './speech-words.js';
import type { Speaker, SpeakerResolver } from './speakers.js';

// Words that may follow an attribution at a sentence's end: "…, the governor said on Friday in a statement."
const TAIL_WORDS = new Set('on in at during after before via to from with by while when as overnight earlier later late today yesterday'.split(' '));
const TAIL_LENGTH = 3;
const ACRONYM = /^\p{Lu}{2,}$/u;
// Lowercase words that may open a subject phrase the phrase reader stopped short of: "the country’s".
const LEAD_IN = /^\p{Ll}+(?:['’]s)?$/u;
const CLOSING_MARK = /^[”’"']$/u;
const OPENING_WORDS = new Set(['but', 'and', 'yet', 'so']);
const DASH = /^[–—-]$/u;

/**
 * The reported statements of one sentence: "X said (that) <clause>"; a clause the attribution
 * follows ("<clause>, the governor said.", "<clause>, said Lavrov") or interrupts ("The move, Mr.
 * Sayers said, reflected …"); and a clause an "according to X" opens or closes.
 */
export function reportedIn(reading: Reading, facts: SentenceFacts, resolver: SpeakerResolver): Found[] {
  const { blockIndex } = facts;
  const block = reading.blocks[blockIndex];
  if (!block) return [];
  const { first, last, attributions, speakers, cues } = facts;
  const quotes: Found[] = [];
  const { tokens } = block;
  // A trailing `, stated Sputnik`, `, according to X` or `, adding …` ends a clause before it.
  const cutAt = [
    ...attributions.filter((a) => (a.inverted || isParticiple(block, a)) && tokens[a.verb - 1]?.text === ',').map((a) => a.verb - 1),
    ...cues.filter((c) => tokens[c.at - 1]?.text === ',').map((c) => c.at - 1),
  ];
  // The cited source is worked out once the article's outlets are known, unless given here.
  const emit = (from: number, to: number, speaker: Speaker | null, credit: Credit | string | null, whole: boolean) => {
    const end = Math.min(to, ...cutAt.filter((c) => c > from).map((c) => c - 1));
    const span = trimClause(block, from, end, whole);
    if (!span) return;
    const quote: Quote = {
      text: block.text.slice(span.start, span.end),
      speaker: speaker?.speaker ?? null,
      speakerRole: speaker?.role ?? null,
      citedSource: typeof credit === 'string' ? credit : null,
      sentenceIndex: facts.sentence,
      lastSentenceIndex: facts.sentence,
      blockIndex,
      start: span.start,
      end: span.end,
      kind: 'reported',
      continuation: false,
    };
    quotes.push(credit !== null && typeof credit === 'object' ? { quote, credit } : { quote });
  };
  const start = firstWord(block, first, last);
  attributions.forEach((attribution, k) => {
    if (attribution.quoting) return;
    const speaker = speakers[k] ?? null;
    const source: Credit = { attribution, facts, speaker };
    if (attribution.clause) {
      const afterThat = tokens[attribution.clause.from - 1]?.text.toLowerCase() === 'that';
      emit(attribution.clause.from, attribution.clause.to, speaker, source, afterThat);
      return;
    }
    const opening = before(block, attribution);
    // `“…,” the Kremlin spokesperson, Dmitry Peskov, said` is a direct quote, not a reported clause.
    if (opening === undefined || isParticiple(block, attribution) || opening <= start || block.quotationOf[start] !== -1) return;
    const tail = attribution.end + 1;
    // "…, Reuters reported, citing two people familiar": the outlet speaks for unnamed sources.
    const citing = tokens[tail]?.text === ',' && tokens[tail + 1]?.text.toLowerCase() === 'citing';
    if (citing) emit(start, opening - 1, null, speaker?.speaker ?? null, false);
    else if (endsSentence(block, tail, last)) emit(start, opening - 1, speaker, source, false);
    else if (tokens[tail]?.text === ',' && tokens[tail + 1]?.word) emit(start, last, speaker, source, false);
  });
  for (const cue of cues) {
    if (!cue.speaks || attributions.some((a) => !a.quoting && a.verb < cue.at)) continue;
    const opens = cue.at === start && tokens[cue.to + 1]?.text === ',';
    // "According to Sputnik, Blinken said …": the verb after the cue has its own speaker.
    if (opens && attributions.some((a) => !a.quoting && a.subject && a.subject.from <= cue.to + 3)) continue;
    // "<clause>, according to X." closes the sentence; "The next day, according to X, …" does not.
    const closes = tokens[cue.at - 1]?.text === ',' && cue.at > start && endsAt(block, cue.to + 1, last);
    if (!opens && !closes) continue;
    const speaker = resolver.resolve(cue.phrase, blockIndex);
    const source: Credit = { attribution: undefined, facts, speaker };
    if (opens) emit(cue.to + 2, last, speaker, source, false);
    else emit(start, cue.at - 2, speaker, source, false);
  }
  return quotes;
}

/** Whether tokens from i to the sentence's end are only closing punctuation, or an apposition: ", mayor of Mariupol." */
function endsAt(block: BlockReading, i: number, last: number): boolean {
  const rest = block.tokens.slice(i, last + 1);
  const commas = rest.filter((t) => t.text === ',').length;
  return commas === 0 || (commas === 1 && rest[0]?.text === ',' && rest.every((t) => t.word || /^[.,!?]$/u.test(t.text)));
}

/**
 * The comma an attribution follows, as its token index: `<clause>, the governor said`, `<clause>,
 * said Lavrov`, `<clause>, the country’s ministry of health announced`, `X is “…,” he said, and …`.
 */
function before(block: BlockReading, attribution: Attribution): number | undefined {
  const { tokens } = block;
  let from = attribution.inverted ? attribution.verb : Math.min(attribution.subject?.from ?? Infinity, ...attribution.partners.map((p) => p.from));
  // Back over what the subject phrase left out: "the country’s", "the regional".
  for (let k = 0; k < 3 && tokens[from - 1]?.word && LEAD_IN.test(tokens[from - 1]?.text ?? ''); k++) from--;
  if (!attribution.inverted && CLOSING_MARK.test(tokens[from - 1]?.text ?? '') && tokens[from - 2]?.text === ',') return from - 2;
  return tokens[from - 1]?.text === ',' && block.quotationOf[from - 1] === -1 ? from - 1 : undefined;
}

/**
 * Whether only adverbials run from token i to the sentence's end: "on Friday", "in a statement",
 * "after a high-level economic dialogue …", with no quotation and no further clause.
 */
function endsSentence(block: BlockReading, i: number, last: number): boolean {
  const { tokens } = block;
  const firstWord = tokens[i]?.word ? (block.lower[i] ?? '') : '';
  if (firstWord && !(TAIL_WORDS.has(firstWord) || TIME_WORDS.has(firstWord) || TIME_OPENERS.has(firstWord))) return false;
  for (let k = i; k <= last; k++) {
    if (k - i > TAIL_LENGTH && !firstWord) return false;
    const token = tokens[k];
    if (!token || block.quotationOf[k] !== -1 || (!token.word && !/^[.!?,;]$/u.test(token.text))) return false;
  }
  return true;
}

function isParticiple(block: BlockReading, attribution: Attribution): boolean {
  return SPEECH_PARTICIPLES.has(block.tokens[attribution.verb]?.text.toLowerCase() ?? '');
}

/** The sentence's first word, or an opening quotation mark when the sentence starts with a quotation; past a dateline ("WASHINGTON –"). */
function firstWord(block: BlockReading, first: number, last: number): number {
  let k = first;
  while (k < last && ACRONYM.test(block.tokens[k]?.text ?? '')) k++;
  if (k > first && DASH.test(block.tokens[k]?.text ?? '')) k++;
  else k = first;
  while (k < last && !block.tokens[k]?.word && block.quotationOf[k] === -1) k++;
  // "But neither side’s forces …, Reuters reported": the report starts after the conjunction.
  if (OPENING_WORDS.has(block.lower[k] ?? '') && block.tokens[k + 1]?.word) k++;
  return k;
}

/**
 * The clause's offsets without trailing punctuation, or undefined when it is too short to report
 * anything or is one quotation whole (the direct quote already says it) unless `whole` allows that
 * ("told reporters that “so far there are no agreements”" is both).
 */
function trimClause(block: BlockReading, from: number, to: number, whole: boolean): { start: number; end: number } | undefined {
  let end = to;
  while (end >= from && /^[.,;:!\-–—]$/u.test(block.tokens[end]?.text ?? '')) end--;
  const words = block.tokens.slice(from, end + 1).filter((t) => t.word).length;
  if (words < 2) return undefined;
  const q = block.quotationOf[from] ?? -1;
  if (!whole && q !== -1 && block.quotationOf.lastIndexOf(q) >= end) return undefined;
  const start = block.tokens[from]?.start ?? 0;
  return { start, end: block.tokens[end]?.end ?? start };
}
