import { dayOf, monthSpan, partsOf, weekSpan, weekdayOf, type DaySpan } from './calendar.js';
import type { Tense } from './tense.js';

/**
 * Which way from the article date an expression that names no year (or no week) points:
 * `past`/`future` come from the sentence's tense and include the article date itself ("Friday" in a
 * Friday article is that day); `before`/`after` are "last …"/"next …" and exclude it; `nearest` is
 * for sentences whose tense says nothing.
 */
export type Direction = 'past' | 'future' | 'nearest' | 'before' | 'after';

// "since (early) March": the past; "until December", "by Friday", "from September": either side of the article date.
const SINCE_BEFORE = /\bsince\s+(?:(?:early|late|mid-?)\s*)?$/i;
const UNTIL_BEFORE = /\b(?:until|till|through|by|from)\s+(?:(?:early|late|mid-?)\s*)?$/i;
// A wire dateline, "LONDON, July 26 (Reuters) -": the day the story was filed, never a later one.
const WIRE_AFTER = /^\s*\((?:Reuters|AP|AFP|Bloomberg|UPI)\)/;
// Commodity prices "for delivery in September", "for September delivery": a month still to come.
const DELIVERY_BEFORE = /\bfor delivery (?:in )?$/i;
const DELIVERY_AFTER = /^ delivery\b/i;

/** The direction of a date expression from the tense around it, overruled by the words just `before` and `after` it. */
export function directionFrom(tense: Tense, before: string, after: string): Direction {
  if (SINCE_BEFORE.test(before) || WIRE_AFTER.test(after)) return 'past';
  if (UNTIL_BEFORE.test(before)) return 'nearest';
  if (DELIVERY_BEFORE.test(before) || DELIVERY_AFTER.test(after)) return 'future';
  return tense === 'unknown' ? 'nearest' : tense;
}

/**
 * The candidate the direction picks relative to day `ref`: for `past` the latest that has begun by
 * `ref`, for `future` the earliest not yet over, for `before`/`after` the closest wholly before/after,
 * for `nearest` the closest (the earlier on a tie); undefined when none qualifies.
 */
export function pickOccurrence(candidates: readonly DaySpan[], ref: number, direction: Direction): DaySpan | undefined {
  let best: DaySpan | undefined;
  let bestScore = Infinity;
  for (const span of candidates) {
    const score = scoreOf(span, ref, direction);
    // Candidates come in date order, so `<` keeps the earlier one on a tie.
    if (score < bestScore) {
      best = span;
      bestScore = score;
    }
  }
  return best;
}

/** Lower is better; Infinity rules the candidate out. */
function scoreOf(span: DaySpan, ref: number, direction: Direction): number {
  switch (direction) {
    case 'past':
      return span.from <= ref ? ref - span.from : Infinity;
    case 'future':
      return span.to >= ref ? Math.max(0, span.from - ref) : Infinity;
    case 'before':
      return span.to < ref ? ref - span.to : Infinity;
    case 'after':
      return span.from > ref ? span.from - ref : Infinity;
    case 'nearest':
      return span.to < ref ? ref - span.to : Math.max(0, span.from - ref);
  }
}

/**
 * The week "last week" (`offset` -1), "this week" (0) or "next week" (1) means in an article of day
 * `ref`: Monday to Sunday, except that in a Sunday article "last week" is the week ending that day,
 * as Sunday papers use it.
 */
export function newsWeek(ref: number, offset: number): DaySpan {
  return weekSpan(ref, offset === -1 && weekdayOf(ref) === 0 ? 0 : offset);
}

/** The day a weekday (0 = Sunday) names, counted from day `ref` in the given direction. */
export function weekdayOccurrence(weekday: number, ref: number, direction: Direction): number | undefined {
  const candidates: DaySpan[] = [];
  // Two weeks either side always hold an occurrence that `before`/`after` can take.
  for (let day = ref - 13; day <= ref + 13; day++) {
    if (weekdayOf(day) === weekday) candidates.push({ from: day, to: day });
  }
  return pickOccurrence(candidates, ref, direction)?.from;
}

// A few days' grace either way: what an article says will happen "from 1 May" was often said before it
// went out, and a past-tense sentence about a day next week is a misread tense, not a year-old event.
const GRACE_DAYS = 7;

/**
 * The day a month (1–12) and day of the month without a year name, in the year before, of or after
 * the article's; with `weekday` (0 = Sunday) only a year where the date falls on it ("Tuesday, July 12").
 * The future includes the week before `ref`, the past the week after.
 */
export function dateOccurrence(month: number, day: number, ref: number, direction: Direction, weekday?: number): number | undefined {
  const { year } = partsOf(ref);
  const candidates: DaySpan[] = [];
  for (const y of [year - 1, year, year + 1]) {
    const date = dayOf(y, month, day);
    if (date !== undefined && (weekday === undefined || weekdayOf(date) === weekday)) candidates.push({ from: date, to: date });
  }
  const graced = direction === 'future' ? ref - GRACE_DAYS : direction === 'past' ? ref + GRACE_DAYS : ref;
  return pickOccurrence(candidates, graced, direction)?.from;
}

/** The calendar month (1–12) a month name without a year means, in the year before, of or after the article's. */
export function monthOccurrence(month: number, ref: number, direction: Direction): DaySpan | undefined {
  const { year } = partsOf(ref);
  return pickOccurrence([monthSpan(year - 1, month), monthSpan(year, month), monthSpan(year + 1, month)], ref, direction);
}
