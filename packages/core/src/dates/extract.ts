import type { Block } from '../model.js';
import { splitArticle, type Sentence } from '../text/sentences.js';
import { formatDay, parseDay } from './calendar.js';
import type { DateMention, FoundDate } from './mention.js';
import { findMonthDates } from './months.js';
import { findRelativeDates } from './relative.js';
import { tenseAround } from './tense.js';
import { findTriggers } from './triggers.js';
import { findWeekdayDates } from './weekdays.js';

/**
 * The date expressions of an article in reading order, each resolved against `articleDate`
 * (YYYY-MM-DD; RangeError if it is not one) to a span of days. Expressions that do not sit inside one
 * sentence are left out. Pass `sentences` when the caller already has splitArticle(blocks), to split once.
 */
export function extractDates(blocks: readonly Block[], articleDate: string, sentences?: readonly Sentence[]): DateMention[] {
  const ref = parseDay(articleDate);
  const split = sentences ?? splitArticle(blocks);
  const mentions: DateMention[] = [];
  let first = 0; // the first sentence of the current block
  blocks.forEach((block, blockIndex) => {
    while (first < split.length && (split[first]?.blockIndex ?? Infinity) < blockIndex) first++;
    const { months, weekdays, anchors } = findTriggers(block.text);
    if (months.length === 0 && weekdays.length === 0 && anchors.length === 0) return;
    let last = first;
    while (last < split.length && split[last]?.blockIndex === blockIndex) last++;
    const own = split.slice(first, last);
    const sentenceAt = (offset: number) => own.find((s) => s.start <= offset && offset < s.end);
    const tenseAt = (start: number, end: number) => {
      const sentence = sentenceAt(start);
      return sentence ? tenseAround(sentence.text, start - sentence.start, end - sentence.start) : 'unknown';
    };
    const relative = [...findWeekdayDates(block.text, weekdays, ref, tenseAt), ...findRelativeDates(block.text, anchors, ref)];
    const dates = [...findMonthDates(block.text, months, ref, tenseAt), ...outsideTweets(relative, block.text, sentenceAt)];
    for (const date of withoutOverlaps(dates)) {
      const sentence = sentenceAt(date.start);
      if (!sentence || date.end > sentence.end) continue;
      mentions.push(toMention(date, blockIndex, sentence.index));
    }
  });
  return mentions;
}

// The signature that ends a tweet quoted in a live blog: "— Dave (@JustDave87) April 10, 2022".
const TWEET_SIGNATURE = /\(@\w+\) [A-Z][a-z]+ \d{1,2}, \d{4}/g;

/** The dates not inside a quoted tweet: a tweet's "today" or "on Friday" counts from the day it was posted, not the article's. */
function outsideTweets(dates: FoundDate[], text: string, sentenceAt: (offset: number) => Sentence | undefined): FoundDate[] {
  if (dates.length === 0 || !text.includes('(@')) return dates;
  const signatures = [...text.matchAll(TWEET_SIGNATURE)].map((m) => m.index);
  return dates.filter((date) => !signatures.some((at) => at > date.start && sentenceAt(at) === sentenceAt(date.start)));
}

/** The dates in text order; where two overlap, the one that starts first, or the longer. */
function withoutOverlaps(dates: FoundDate[]): FoundDate[] {
  dates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundDate[] = [];
  for (const date of dates) {
    const previous = kept.at(-1);
    if (!previous || date.start >= previous.end) kept.push(date);
  }
  return kept;
}

function toMention(date: FoundDate, blockIndex: number, sentenceIndex: number): DateMention {
  return {
    text: date.text,
    blockIndex,
    sentenceIndex,
    start: date.start,
    end: date.end,
    from: formatDay(date.from),
    to: formatDay(date.to),
    granularity: date.granularity,
  };
}
