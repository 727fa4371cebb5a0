import { inferTitle } from '../parse/title.js';
import { type TermWeights, weighTerms } from './terms.js';
import { splitWords } from './words.js';

/** What a story's headline and span are made from: one member article. */
export interface StoryMember {
  title?: string | null;
  /** True when the title was derived from the lead rather than written by the publisher. */
  titleInferred?: boolean;
  /** YYYY-MM-DD, or null when unknown. */
  date?: string | null;
  /** The body, used for a title when an article has none. */
  text?: string;
}

/** A story as lists show it. */
export interface StoryMetadata {
  headline: string;
  /** Earliest and latest member dates, YYYY-MM-DD; null when no member has a date. */
  firstDate: string | null;
  lastDate: string | null;
  articleCount: number;
}

// A headline is readable at a glance: longer titles are shortened the way inferred titles are.
const MAX_HEADLINE_WORDS = 14;
const MAX_HEADLINE_CHARS = 100;
// Publishers' own titles are preferred over ones derived from a lead, unless clearly less central.
const INFERRED_TITLE_FACTOR = 0.8;
// Centrality needs no IDF within one story: its members share the event's words and little else.
const HEADLINE_WEIGHTS: TermWeights = { name: 1.5, number: 1, title: 2, lead: 3, leadWords: 50 };
// Very short titles ("Update", "Live") say little about the event.
const MIN_GOOD_WORDS = 4;

/**
 * The headline of a story: the title of its most central member, the one whose words (title and
 * text) are closest on average to the other members' (publishers' titles preferred over inferred
 * ones; ties go to the earliest, then alphabetically), shortened to at most 14 words and 100
 * characters. A member without a title gets one inferred from its text. '' for no members or no text.
 */
export function storyHeadline(members: readonly StoryMember[]): string {
  const titled = members.map((member) => ({ member, title: titleOf(member) })).filter((c) => c.title !== '');
  if (titled.length === 0) return '';
  // A lone member is central by definition: skip reading its text (most stories start alone).
  const candidates = titled.map((c) => ({
    ...c,
    vector: titled.length > 1 ? unitVector(weighTerms(splitWords(c.title), splitWords(c.member.text ?? ''), HEADLINE_WEIGHTS)) : new Map<string, number>(),
  }));
  const scored = candidates.map((c) => {
    let centrality = 1;
    if (candidates.length > 1) {
      centrality = 0;
      for (const other of candidates) if (other !== c) centrality += dot(c.vector, other.vector);
      centrality /= candidates.length - 1;
    }
    let score = centrality;
    if (c.member.titleInferred || !c.member.title?.trim()) score *= INFERRED_TITLE_FACTOR;
    const titleWords = c.title.split(' ').length;
    if (titleWords < MIN_GOOD_WORDS) score *= titleWords / MIN_GOOD_WORDS;
    return { ...c, score };
  });
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      (a.member.date ?? '9999').localeCompare(b.member.date ?? '9999') ||
      a.title.localeCompare(b.title),
  );
  return shortenHeadline(scored[0]!.title);
}

/** Headline, first and last date and article count of a story's members. */
export function summarizeStory(members: readonly StoryMember[]): StoryMetadata {
  const dates = members.map((m) => m.date).filter((d): d is string => typeof d === 'string' && d !== '').sort();
  return { headline: storyHeadline(members), firstDate: dates[0] ?? null, lastDate: dates.at(-1) ?? null, articleCount: members.length };
}

function titleOf(member: StoryMember): string {
  const title = member.title?.replace(/\s+/g, ' ').trim();
  if (title) return title;
  if (!member.text) return '';
  const blocks = member.text.split(/\n\s*\n/).map((text) => ({ type: 'paragraph' as const, text: text.replace(/\s+/g, ' ').trim() }));
  return inferTitle(blocks);
}

function unitVector(bag: Map<string, number>): Map<string, number> {
  let norm = 0;
  for (const weight of bag.values()) norm += weight * weight;
  norm = Math.sqrt(norm) || 1;
  return new Map([...bag].map(([term, weight]) => [term, weight / norm]));
}

function dot(a: Map<string, number>, b: Map<string, number>): number {
  let sum = 0;
  for (const [term, weight] of a) sum += weight * (b.get(term) ?? 0);
  return sum;
}

function shortenHeadline(title: string): string {
  // Headlines end without a full stop, as inferred ones do.
  if (title.split(' ').length <= MAX_HEADLINE_WORDS && title.length <= MAX_HEADLINE_CHARS) return title.replace(/(?<![.\p{Lu}])\.$/u, '');
  return inferTitle([{ type: 'paragraph', text: title }]);
}
