import type { Attribution } from './attribution.js';
import type { Found, SentenceFacts } from './facts.js';
import type { Quote } from './quotes.js';
import type { BlockReading, Reading } from './reading.js';
import { SPEECH_NOUNS } from './speech-words.js';
import type { Speaker, SpeakerResolver } from './speakers.js';

/** The block's direct quotes, each given the speaker of its attribution or, failing one, of the text around it. */
export function directQuotes(reading: Reading, blockIndex: number, facts: readonly SentenceFacts[], resolver: SpeakerResolver, carried: Speaker | null): Found[] {
  const block = reading.blocks[blockIndex];
  if (!block) return [];
  const bySentence = new Map(facts.map((f) => [f.sentence, f]));
  const silent = facts.every((f) => f.attributions.length === 0);
  const found: Found[] = [];
  let previous: { speaker: Speaker | null; sentence: number; last: number; verb: number | undefined } | undefined;
  block.quotations.forEach((quotation, q) => {
    const firstToken = block.quotationOf.indexOf(q);
    const lastToken = block.quotationOf.lastIndexOf(q);
    const startSentence = block.sentenceOf[firstToken] ?? 0;
    const endSentence = block.sentenceOf[lastToken] ?? startSentence;
    const startFacts = bySentence.get(startSentence);
    const endFacts = startSentence === endSentence ? undefined : bySentence.get(endSentence);
    // `“Who else is there to invite?” Mr. Malofeev asked.` splits after the question mark.
    const nextFacts = bySentence.get(endSentence + 1);
    const tail = nextFacts && nextFacts.first === lastToken + 1 && /[?!]$/u.test(block.text.slice(quotation.start, quotation.end)) ? nextFacts : undefined;
    const candidates = [startFacts, endFacts, tail].flatMap((f) => (f ? f.attributions.map((a, k) => ({ attribution: a, speaker: f.speakers[k] ?? null, facts: f })) : []));
    const chosen = chooseAttribution(block, candidates, firstToken, lastToken, opensSentence(block, firstToken));
    const cue = startFacts?.cues.find((c) => c.speaks && c.phrase);
    let speaker: Speaker | null = null;
    let continuation = false;
    if (chosen) speaker = chosen.speaker;
    else if (cue && candidates.length === 0) speaker = resolver.resolve(cue.phrase, blockIndex);
    else if (candidates.length === 0 && previous?.sentence === startSentence) {
      speaker = previous.speaker;
      continuation = interrupted(block, previous, firstToken);
    } else if (candidates.length === 0 && opensSentence(block, firstToken)) {
      // News style carries a speaker over: `“…,” he said. “…”`, a quotation left open at a paragraph's
      // end, and a paragraph that is nothing but a quotation after one naming its speaker.
      if (previous && previous.sentence === startSentence - 1) {
        speaker = previous.speaker;
        continuation = interrupted(block, previous, firstToken);
      } else if (bySentence.has(startSentence - 1)) speaker = resolver.lastIn(startSentence - 1) ?? null;
      else if (q === 0 && firstToken === 0) {
        speaker = carried ?? (silent ? speakerOfPreviousBlock(reading, blockIndex, resolver, startSentence) : null);
        continuation = carried !== null;
      }
    } else if (candidates.length === 0 && bySentence.has(startSentence - 1) && wordCount(block, firstToken, lastToken) >= 3) {
      // Reported speech running on: "Müller said Germany had … . Households consumed “five, six, seven per cent less gas”."
      speaker = resolver.lastIn(startSentence - 1) ?? null;
    }
    // What a quotation of several sentences says is its speaker's to the end: "he" after it means them.
    if (speaker && (!chosen || endSentence > startSentence)) resolver.record(endSentence, speaker);
    const facts = chosen?.facts ?? startFacts;
    const quote: Quote = {
      text: block.text.slice(quotation.start, quotation.end),
      speaker: speaker?.speaker ?? null,
      speakerRole: speaker?.role ?? null,
      citedSource: null,
      sentenceIndex: startSentence,
      lastSentenceIndex: endSentence,
      blockIndex,
      start: quotation.start,
      end: quotation.end,
      kind: 'direct',
      continuation,
    };
    found.push(facts ? { quote, credit: { attribution: chosen?.attribution, facts, speaker } } : { quote });
    previous = { speaker, sentence: endSentence, last: lastToken, verb: chosen?.attribution.verb };
  });
  return found;
}

/** The words among tokens first..last. */
function wordCount(block: BlockReading, first: number, last: number): number {
  let words = 0;
  for (let i = first; i <= last; i++) if (block.tokens[i]?.word) words++;
  return words;
}

// At most this many words between two parts of one quotation: `“A,” the foreign minister said on Friday. “B”`.
const INTERRUPTION_WORDS = 10;

/** Whether a quotation starting at token `first` resumes the one before, which its attribution interrupted. */
function interrupted(block: BlockReading, previous: { last: number; verb: number | undefined }, first: number): boolean {
  if (previous.verb === undefined || previous.verb < previous.last || previous.verb > first) return false;
  const between = block.tokens.slice(previous.last + 1, first);
  return between.filter((t) => t.word).length <= INTERRUPTION_WORDS && block.quotationOf.slice(previous.last + 1, first).every((q) => q === -1 || q === block.quotationOf[first]);
}

/** The last speaker heard in the paragraph before, when it is the block just before this one. */
function speakerOfPreviousBlock(reading: Reading, blockIndex: number, resolver: SpeakerResolver, sentence: number): Speaker | null {
  const heard = resolver.lastBefore(sentence);
  if (!heard) return null;
  const previousBlock = reading.sentences[heard.sentence]?.blockIndex;
  return previousBlock === blockIndex - 1 && !reading.blocks[previousBlock]?.heading ? heard.speaker : null;
}

/** Whether token i opens its sentence, past an opening "But" or "And". */
function opensSentence(block: BlockReading, token: number): boolean {
  let k = token;
  if (k > 0 && OPENING_CONJUNCTIONS.has(block.tokens[k - 1]?.text ?? '')) k--;
  return k === 0 || block.sentenceOf[k - 1] !== block.sentenceOf[k];
}

const OPENING_CONJUNCTIONS = new Set(['But', 'And', 'Yet', 'So']);

interface Candidate {
  attribution: Attribution;
  speaker: Speaker | null;
  facts: SentenceFacts;
}

/**
 * The speech verb a quotation belongs to: one right after it, with only punctuation between
 * (`,” he said`, `," said Trump`), else the nearest before it in its sentence (`said, “`, `said
 * that … “…”`, `hailed … as a “…”`), else the nearest speech verb after it.
 */
function chooseAttribution(block: BlockReading, candidates: readonly Candidate[], first: number, last: number, opening: boolean): Candidate | undefined {
  // A quoting verb gives its speaker the words after it; a noun ("read a statement from X") those before too.
  const after = candidates
    .filter((c) => c.attribution.verb > last && (!c.attribution.quoting || SPEECH_NOUNS.has(block.lower[c.attribution.verb] ?? '')))
    .sort((a, b) => a.attribution.verb - b.attribution.verb);
  // A verb with a subject first: "the war continued" is no attribution.
  const before = candidates.filter((c) => c.attribution.verb < first).sort((a, b) => Number(!a.attribution.subject) - Number(!b.attribution.subject) || b.attribution.verb - a.attribution.verb);
  const next = after[0];
  // "fans called “bring her home”, the New York Times reported": inside a clause, the verb before it.
  if (!opening && before[0]?.attribution.subject) return before[0];
  if (next) {
    const { subject, inverted, verb } = next.attribution;
    const gapEnd = subject && !inverted && subject.from > last ? subject.from : verb;
    if (block.tokens.slice(last + 1, gapEnd).every((t) => !t.word)) return next;
  }
  return before[0] ?? next;
}
