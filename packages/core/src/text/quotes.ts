import type { Block } from '../model.js';
import { findAttributions, findSourceCues, type Attribution, type SourceCue } from './attribution.js';
import { readArticle, type BlockReading, type Reading } from './reading.js';
import type { RoleMap } from './roles.js';
import { speakerOf, type Speaker } from './speakers.js';

/** Words an article puts in someone's mouth: quoted directly, or reported ("X said that …"). */
export interface Quote {
  /** The quoted words without their marks, or the reported clause. */
  text: string;
  /** A surname ("Blinken"), an organisation ("Washington Post"), an unresolved role ("US Secretary of State"), or null when the text names nobody. */
  speaker: string | null;
  /** The speaker's title or position as written, when the text gives one. */
  speakerRole: string | null;
  /** Whom the article credits for the report: "Sputnik" in "According to Sputnik, Blinken said …". */
  citedSource: string | null;
  /** Article-wide index of the sentence the quote starts in (see splitArticle). */
  sentenceIndex: number;
  /** The sentence it ends in; later than sentenceIndex for a quotation of several sentences. */
  lastSentenceIndex: number;
  blockIndex: number;
  /** Offsets of `text` in the block's text. */
  start: number;
  end: number;
  kind: 'direct' | 'reported';
}

/** Options for extractQuotes. */
export interface QuoteOptions {
  /** Role pairings from the other articles of a story, used where this article names only a role. */
  roles?: RoleMap;
}

/**
 * The direct quotes and reported statements of an article in reading order, each with its speaker
 * where the text names one (a name, a role resolved to a name where the story pairs them, or "he"/
 * "she" resolved to the person named just before), else null.
 */
export function extractQuotes(blocks: readonly Block[], options: QuoteOptions = {}): Quote[] {
  return quotesInReading(readArticle(blocks), options);
}

/** The role pairings an article makes ("US Secretary of State Antony Blinken"), to pass to other articles of its story. */
export function collectRoles(blocks: readonly Block[]): RoleMap {
  return readArticle(blocks).roles;
}

/** extractQuotes for an article already read with readArticle, so a caller can share one reading. */
export function quotesInReading(reading: Reading, options: QuoteOptions = {}): Quote[] {
  // The article's own pairings first: a story-wide role held by two people stays ambiguous there.
  const roles = options.roles ? preferOwn(reading.roles, options.roles) : reading.roles;
  const quotes: Quote[] = [];
  let carried: Speaker | null = null;
  reading.blocks.forEach((block, blockIndex) => {
    const sentences = sentenceRanges(block);
    const attributions = new Map<number, Attribution[]>();
    const cues = new Map<number, SourceCue[]>();
    for (const [sentence, [first, last]] of sentences) {
      attributions.set(sentence, findAttributions(reading, blockIndex, first, last));
      cues.set(sentence, findSourceCues(reading, blockIndex, first, last));
    }
    const found: Quote[] = [];
    let previous: { speaker: Speaker | null; sentence: number } | undefined;
    block.quotations.forEach((quotation, q) => {
      const firstToken = block.quotationOf.indexOf(q);
      const lastToken = block.quotationOf.lastIndexOf(q);
      const startSentence = block.sentenceOf[firstToken] ?? 0;
      const endSentence = block.sentenceOf[lastToken] ?? startSentence;
      const candidates = [...(attributions.get(startSentence) ?? []), ...(startSentence === endSentence ? [] : (attributions.get(endSentence) ?? []))];
      const chosen = chooseAttribution(block, candidates, firstToken, lastToken);
      const sentenceCues = cues.get(startSentence) ?? [];
      let speaker: Speaker | null = null;
      if (chosen) speaker = speakerOf(reading, chosen.subject, blockIndex, block.tokens[chosen.subject?.from ?? chosen.verb]?.start ?? 0, roles);
      else if (candidates.length === 0 && sentenceCues[0]?.phrase) speaker = cueSpeaker(reading, blockIndex, sentenceCues[0], roles);
      else if (candidates.length === 0 && startsSentence(block, firstToken)) {
        // News style carries a speaker over: `“…,” he said. “…”`, and a quotation left open at a paragraph's end.
        if (previous && previous.sentence === startSentence - 1) speaker = previous.speaker;
        else if (q === 0 && firstToken === 0) speaker = carried;
      }
      const citedSource = sourceOf(chosen, candidates, sentenceCues, speaker);
      found.push({
        text: block.text.slice(quotation.start, quotation.end),
        speaker: speaker?.speaker ?? null,
        speakerRole: speaker?.role ?? null,
        citedSource,
        sentenceIndex: startSentence,
        lastSentenceIndex: endSentence,
        blockIndex,
        start: quotation.start,
        end: quotation.end,
        kind: 'direct',
      });
      previous = { speaker, sentence: endSentence };
    });
    const lastQuotation = block.quotations.at(-1);
    carried = lastQuotation && !lastQuotation.closed ? (previousSpeaker(found) ?? null) : null;

    for (const [sentence, [first, last]] of sentences) {
      found.push(...reportedIn(reading, blockIndex, sentence, first, last, attributions.get(sentence) ?? [], cues.get(sentence) ?? [], roles));
    }
    quotes.push(...found.sort((a, b) => a.start - b.start || (a.kind === 'direct' ? 1 : -1)));
  });
  return quotes;
}

/** The article's role pairings, with the story's filling in roles the article does not pair itself. */
function preferOwn(own: RoleMap, story: RoleMap): RoleMap {
  const merged = new Map(story);
  for (const [key, names] of own) merged.set(key, names);
  return merged;
}

function previousSpeaker(found: readonly Quote[]): Speaker | undefined {
  const last = found.at(-1);
  return last?.speaker ? { speaker: last.speaker, role: last.speakerRole } : undefined;
}

/** Each sentence of a block with its first and last token. */
function sentenceRanges(block: BlockReading): Map<number, [number, number]> {
  const ranges = new Map<number, [number, number]>();
  block.sentenceOf.forEach((sentence, i) => {
    const range = ranges.get(sentence);
    if (range) range[1] = i;
    else ranges.set(sentence, [i, i]);
  });
  return ranges;
}

function startsSentence(block: BlockReading, token: number): boolean {
  return token === 0 || block.sentenceOf[token - 1] !== block.sentenceOf[token];
}

/**
 * The speech verb a quotation belongs to: one right after it, with only punctuation between
 * (`,” he said`, `," said Trump`), else the nearest before it in its sentence (`said, “`, `said
 * that … “…”`), else the nearest after it.
 */
function chooseAttribution(block: BlockReading, candidates: readonly Attribution[], first: number, last: number): Attribution | undefined {
  const after = candidates.filter((a) => a.verb > last).sort((a, b) => a.verb - b.verb);
  const before = candidates.filter((a) => a.verb < first).sort((a, b) => b.verb - a.verb);
  const next = after[0];
  if (next) {
    const gapEnd = next.subject && !next.inverted ? next.subject.from : next.verb;
    if (block.tokens.slice(last + 1, gapEnd).every((t) => !t.word)) return next;
  }
  return before[0] ?? next;
}

function cueSpeaker(reading: Reading, blockIndex: number, cue: SourceCue, roles: RoleMap): Speaker | null {
  const start = reading.blocks[blockIndex]?.tokens[cue.phrase?.from ?? cue.at]?.start ?? 0;
  return speakerOf(reading, cue.phrase, blockIndex, start, roles);
}

/**
 * Whom the sentence credits besides the speaker: an "according to"/"as per" source, the outlet a
 * speaker "told", or a trailing `, stated Sputnik` that is not the chosen attribution.
 */
function sourceOf(chosen: Attribution | undefined, candidates: readonly Attribution[], cues: readonly SourceCue[], speaker: Speaker | null): string | null {
  if (!chosen) return null;
  const differs = (text: string | undefined) => text !== undefined && text !== '' && text !== speaker?.speaker;
  const cue = cues.find((c) => differs(c.text));
  if (cue) return cue.text;
  if (chosen.told && differs(chosen.told.name.join(' '))) return chosen.told.name.join(' ');
  const other = candidates.find((a) => a !== chosen && a.inverted && a.subject && a.subject.name.length > 0);
  const name = other?.subject?.name.join(' ');
  return differs(name) ? (name ?? null) : null;
}

/** The reported statements of one sentence: "X said (that) <clause>", and "According to X, <clause>". */
function reportedIn(
  reading: Reading,
  blockIndex: number,
  sentence: number,
  first: number,
  last: number,
  attributions: readonly Attribution[],
  cues: readonly SourceCue[],
  roles: RoleMap,
): Quote[] {
  const block = reading.blocks[blockIndex];
  if (!block) return [];
  const quotes: Quote[] = [];
  const tokenStart = (i: number) => block.tokens[i]?.start ?? 0;
  // A trailing `, stated Sputnik` or `, according to X` ends a clause before it.
  const cutAt = [
    ...attributions.filter((a) => a.inverted && block.tokens[a.verb - 1]?.text === ',').map((a) => a.verb - 1),
    ...cues.filter((c) => block.tokens[c.at - 1]?.text === ',').map((c) => c.at - 1),
  ];
  const emit = (from: number, to: number, speaker: Speaker | null, citedSource: string | null) => {
    const end = Math.min(to, ...cutAt.filter((c) => c > from).map((c) => c - 1));
    const span = trimClause(block, from, end);
    if (!span) return;
    quotes.push({
      text: block.text.slice(span.start, span.end),
      speaker: speaker?.speaker ?? null,
      speakerRole: speaker?.role ?? null,
      citedSource,
      sentenceIndex: sentence,
      lastSentenceIndex: sentence,
      blockIndex,
      start: span.start,
      end: span.end,
      kind: 'reported',
    });
  };
  for (const attribution of attributions) {
    if (!attribution.clause) continue;
    const speaker = speakerOf(reading, attribution.subject, blockIndex, tokenStart(attribution.subject?.from ?? attribution.verb), roles);
    emit(attribution.clause.from, attribution.clause.to, speaker, sourceOf(attribution, attributions, cues, speaker));
  }
  // "According to Lavrov, Russia hopes …": the source is the speaker when no verb names another.
  const opening = cues.find((c) => c.at === first && c.phrase && block.tokens[c.to + 1]?.text === ',');
  if (opening && attributions.length === 0) emit(opening.to + 2, last, cueSpeaker(reading, blockIndex, opening, roles), null);
  return quotes;
}

/**
 * The clause's offsets without trailing punctuation, or undefined when it is too short to report
 * anything or is one quotation whole (the direct quote already says it).
 */
function trimClause(block: BlockReading, from: number, to: number): { start: number; end: number } | undefined {
  let end = to;
  while (end >= from && /^[.,;:!]$/u.test(block.tokens[end]?.text ?? '')) end--;
  const words = block.tokens.slice(from, end + 1).filter((t) => t.word).length;
  if (words < 2) return undefined;
  const q = block.quotationOf[from] ?? -1;
  if (q !== -1 && block.quotationOf.lastIndexOf(q) >= end) return undefined;
  const start = block.tokens[from]?.start ?? 0;
  return { start, end: block.tokens[end]?.end ?? start };
}
