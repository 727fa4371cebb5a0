import type { Block } from '../model.js';
import { citationsIn } from './cited-sources.js';
import { directQuotes } from './direct.js';
import { readSentences, sourceOf, type Found, type SentenceFacts } from './facts.js';
import { readArticle, type Reading } from './reading.js';
import { reportedIn } from './reported.js';
import type { RoleMap } from './roles.js';
import { SpeakerResolver, type Speaker } from './speakers.js';

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
  /**
   * The rest of a quotation its attribution interrupted (`“A,” he said. “B.”`) or of one running on
   * from the paragraph before: the same quote as the direct quote before it, not a new one.
   */
  continuation: boolean;
}

/** Options for extractQuotes. */
export interface QuoteOptions {
  /** Role pairings from the other articles of a story, used where this article names only a role. */
  roles?: RoleMap;
}

/**
 * The direct quotes and reported statements of an article in reading order, each with its speaker
 * where the text names one (a name, a role resolved to a name, "he"/"she" resolved to the person
 * named or speaking just before), else null.
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
  const resolver = new SpeakerResolver(reading, roles);
  const found: Found[] = [];
  const allFacts: SentenceFacts[] = [];
  let carried: Speaker | null = null;
  reading.blocks.forEach((block, blockIndex) => {
    const facts = readSentences(reading, blockIndex, resolver);
    allFacts.push(...facts);
    const direct = directQuotes(reading, blockIndex, facts, resolver, carried);
    const lastQuotation = block.quotations.at(-1);
    const lastFound = direct.at(-1)?.quote;
    carried = lastQuotation && !lastQuotation.closed && lastFound?.speaker ? { speaker: lastFound.speaker, role: lastFound.speakerRole, organisation: false } : null;
    const inBlock = [...direct, ...facts.flatMap((sentence) => reportedIn(reading, sentence, resolver))];
    found.push(...inBlock.sort((a, b) => a.quote.start - b.quote.start || (a.quote.kind === 'direct' ? 1 : -1)));
  });
  // Now that every sentence is read: roles named only later, and the outlets the article cites.
  const outlets = new Set(citationsIn(reading, allFacts).map((c) => c.name.toLowerCase()));
  return found.map(({ quote, credit }) => {
    if (quote.speakerRole !== null && quote.speaker === null) quote.speaker = resolver.resolveForward(quote.speakerRole, quote.sentenceIndex);
    if (credit) quote.citedSource = sourceOf(credit, outlets);
    return quote;
  });
}

/** The article's role pairings, with the story's filling in roles the article does not pair itself. */
function preferOwn(own: RoleMap, story: RoleMap): RoleMap {
  const merged = new Map(story);
  for (const [key, names] of own) merged.set(key, names);
  return merged;
}
