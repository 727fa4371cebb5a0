import { findAttributions, type Attribution } from './attribution.js';
import { isOutletDescription, isOutletName, outletName } from './outlets.js';
import type { Quote } from './quotes.js';
import type { Reading } from './reading.js';
import { findSourceCues, type SourceCue } from './source-cues.js';
import type { Speaker, SpeakerResolver } from './speakers.js';

/** One sentence of a block with its speech verbs, their resolved speakers and its source cues. */
export interface SentenceFacts {
  blockIndex: number;
  sentence: number;
  /** First and last token of the sentence in its block. */
  first: number;
  last: number;
  attributions: Attribution[];
  /** The speaker of each attribution, in the same order. */
  speakers: (Speaker | null)[];
  cues: SourceCue[];
}

/** Each sentence of a block with its attributions and cues, speakers not yet resolved. */
export function sentenceFacts(reading: Reading, blockIndex: number): SentenceFacts[] {
  const block = reading.blocks[blockIndex];
  if (!block) return [];
  const facts: SentenceFacts[] = [];
  block.sentenceOf.forEach((sentence, i) => {
    const current = facts.at(-1);
    if (current?.sentence === sentence) current.last = i;
    else facts.push({ blockIndex, sentence, first: i, last: i, attributions: [], speakers: [], cues: [] });
  });
  for (const fact of facts) {
    fact.attributions = findAttributions(reading, blockIndex, fact.first, fact.last);
    fact.cues = findSourceCues(reading, blockIndex, fact.first, fact.last);
  }
  return facts;
}

/** sentenceFacts with each attribution's speaker resolved and remembered, in reading order. */
export function readSentences(reading: Reading, blockIndex: number, resolver: SpeakerResolver): SentenceFacts[] {
  const facts = sentenceFacts(reading, blockIndex);
  for (const fact of facts) {
    fact.speakers = fact.attributions.map((a) => {
      if (a.elided) return resolver.lastIn(fact.sentence - 1) ?? null;
      const speaker = resolver.resolve(a.subject, blockIndex, a.partners);
      if (a.subject) resolver.record(fact.sentence, speaker, a.subject);
      return speaker;
    });
    // "According to a military adviser, …" speaks for the sentence when no verb names a speaker.
    if (fact.attributions.every((a) => !a.subject)) {
      for (const cue of fact.cues) if (cue.speaks && cue.phrase) resolver.record(fact.sentence, resolver.resolve(cue.phrase, blockIndex), cue.phrase);
    }
  }
  return facts;
}

/** A quote as found, with what its cited source is to be worked out from when not known yet. */
export interface Found {
  quote: Quote;
  credit?: Credit;
}

/** What a quote's cited source is worked out from, once the article's outlets are known. */
export interface Credit {
  attribution: Attribution | undefined;
  facts: SentenceFacts;
  speaker: Speaker | null;
}

/**
 * Whom a quote's sentence credits for it, among `outlets` (keys: lowercased names): an outlet a cue
 * names ("according to Sputnik", "speaking to BBC News") or describes ("as per the news agency"),
 * the outlet a speaker "told", another outlet reporting the sentence (`, stated Sputnik`, `, the FT
 * reports`), or the speaker itself when an outlet speaks in its own voice ("the Reuters news agency reported").
 */
export function sourceOf(credit: Credit, outlets: ReadonlySet<string>): string | null {
  const { attribution, facts, speaker } = credit;
  // A joint report ("CNN and the New York Times have reported") is cited when all its outlets are.
  const isCited = (name: string | undefined | null): name is string =>
    !!name && name.split(/\s+and\s+/u).every((part) => outlets.has(outletName(part).toLowerCase()) || (speaker?.organisation && isOutletName(part)));
  const differs = (text: string) => text !== speaker?.speaker;
  const cue = facts.cues.find((c: SourceCue) => differs(c.text) && (isCited(c.text) || isOutletDescription(c.text)));
  if (cue && (attribution || !cue.speaks)) return isCited(cue.text) ? outletName(cue.text) : cue.text;
  if (!attribution) return isCited(speaker?.speaker) ? outletName(speaker?.speaker ?? '') : null;
  const told = attribution.told?.name.join(' ');
  if (isCited(told) && differs(told)) return outletName(told);
  const other = facts.attributions.find((a) => a !== attribution && a.subject && isCited(a.subject.name.join(' ')));
  const name = other?.subject?.name.join(' ');
  if (isCited(name) && differs(name)) return outletName(name);
  return isCited(speaker?.speaker) ? outletName(speaker?.speaker ?? '') : null;
}
