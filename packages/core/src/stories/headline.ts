import { inferTitle } from '../parse/title.js';
import { termOf } from './terms.js';
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
// Very short titles ("Update", "Live") say little about the event.
const MIN_GOOD_WORDS = 4;

/**
 * The headline of a story: the title of its most central member, the one whose title words are
 * shared by most of the other members' titles (publishers' titles preferred over inferred ones;
 * ties go to the earliest, then alphabetically), shortened to at most 14 words and 100 characters.
 * A member without a title gets one inferred from its text. '' for no members or no text at all.
 */
export function storyHeadline(members: readonly StoryMember[]): string {
  const candidates = members
    .map((member) => ({ member, title: titleOf(member) }))
    .filter((c) => c.title !== '')
    .map((c) => ({ ...c, terms: new Set(titleTerms(c.title)) }));
  if (candidates.length === 0) return '';
  const shared = new Map<string, number>();
  for (const { terms } of candidates) for (const term of terms) shared.set(term, (shared.get(term) ?? 0) + 1);
  const scored = candidates.map((c) => {
    let support = 0;
    for (const term of c.terms) support += (shared.get(term)! - 1) / Math.max(1, candidates.length - 1);
    // Mean support over the title's terms, so a long title cannot win by listing everything.
    let score = c.terms.size === 0 ? 0 : support / Math.sqrt(c.terms.size);
    if (c.member.titleInferred || !c.member.title?.trim()) score *= INFERRED_TITLE_FACTOR;
    if (c.terms.size < MIN_GOOD_WORDS) score *= c.terms.size / MIN_GOOD_WORDS;
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

function titleTerms(title: string): string[] {
  return splitWords(title).flatMap((word) => termOf(word) ?? []);
}

function shortenHeadline(title: string): string {
  if (title.split(' ').length <= MAX_HEADLINE_WORDS && title.length <= MAX_HEADLINE_CHARS) return title;
  return inferTitle([{ type: 'paragraph', text: title }]);
}
