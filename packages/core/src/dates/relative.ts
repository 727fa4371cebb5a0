import { monthSpan, partsOf, yearSpan, type DaySpan } from './calendar.js';
import type { FoundDate } from './mention.js';
import { newsWeek } from './occurrence.js';
import type { Trigger } from './triggers.js';

// Each alternative is one kind of expression, the named groups say which, and each ends on a trigger
// word (see triggers.ts); `$` because it runs on the text up to that word.
const RELATIVE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?<day>yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))`,
      String.raw`(?:(?<edge>earlier|later|early|late) )?(?<which>last|next|this) (?<period>week|month|year)`,
      String.raw`(?<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (?<unit>day|week|month|year)s? ago`,
      String.raw`(?:in|since|until|till|during) (?:(?:early|late|mid-?) ?)?(?<year>(?:19|20)\d\d)`,
    ].join('|') +
    ')$',
  'i',
);
// The longest expression, "earlier this month" or "during early 2014", with room to spare.
const REACH_BEFORE = 24;
// "in 2014-15", "in 2000.5", "in 2014%", "in 2000,000": not a year.
const NOT_A_YEAR_AFTER = /^(?:%|[-–,.]\d)/;
// "the last week", "over the next year" are stretches of time that end or start now, not calendar periods.
const THE_BEFORE = /\bthe\s+$/i;
// "Today" as a name: the BBC's Today programme, Russia Today, USA Today, the Today in Focus podcast.
const NAMED_AFTER = /^\s+(?:programme|program|show|newsletter|email|podcast|in Focus)\b/i;
const LETTER_BEFORE = /[\p{L}\p{N}’',]\s*$/u;

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const DAY_OFFSET: Record<string, number> = { yesterday: -1, 'last night': -1, tomorrow: 1 };
const PERIOD_OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };

/**
 * Dates `text` gives relative to its own date, resolved against day `ref`: "yesterday", "last week",
 * "earlier this month", "three days ago", "in 2014". `anchors` are the trigger words they end on.
 */
export function findRelativeDates(text: string, anchors: readonly Trigger[], ref: number): FoundDate[] {
  const found: FoundDate[] = [];
  for (const anchor of anchors) {
    const from = Math.max(0, anchor.start - REACH_BEFORE);
    const match = RELATIVE.exec(text.slice(from, anchor.end));
    if (!match) continue;
    const start = from + match.index;
    // The slice may begin inside a word: "Jolast week" is no date.
    if (match.index === 0 && from > 0 && /\w/.test(text[from - 1] ?? '')) continue;
    const after = text.slice(anchor.end, anchor.end + 12);
    if (match.groups?.year && NOT_A_YEAR_AFTER.test(after)) continue;
    const resolved = resolve(match.groups ?? {}, ref, text.slice(Math.max(0, start - 12), start), after, match[0]);
    if (resolved) found.push({ text: match[0], start, end: anchor.end, ...resolved });
  }
  return found;
}

function resolve(
  groups: Record<string, string | undefined>,
  ref: number,
  before: string,
  after: string,
  written: string,
): Pick<FoundDate, 'from' | 'to' | 'granularity'> | undefined {
  const { day, edge, which, period, count, unit, year } = groups;
  if ((day || which) && THE_BEFORE.test(before)) return undefined;
  if (day) {
    // Capitalised mid-sentence it is a title (the Today programme, Russia Today), not a date.
    if (/^\p{Lu}/u.test(written) && (LETTER_BEFORE.test(before) || NAMED_AFTER.test(after))) return undefined;
    const at = ref + (DAY_OFFSET[day.toLowerCase()] ?? 0);
    return { from: at, to: at, granularity: 'day' };
  }
  if (which && period) {
    const lower = period.toLowerCase() as 'week' | 'month' | 'year';
    const span = periodSpan(lower, ref, PERIOD_OFFSET[which.toLowerCase()] ?? 0);
    return { ...clip(span, ref, edge?.toLowerCase()), granularity: lower };
  }
  if (count && unit) {
    const n = NUMBERS[count.toLowerCase()] ?? Number(count);
    const lower = unit.toLowerCase() as 'day' | 'week' | 'month' | 'year';
    return { ...agoSpan(lower, n, ref), granularity: lower };
  }
  if (year) return { ...yearSpan(Number(year)), granularity: 'year' };
  return undefined;
}

/**
 * What "n days/weeks/months/years ago" means: the day; the seven days around that day ("a week ago"
 * is rarely exactly seven days back, nor the calendar week); the calendar month; the calendar year.
 */
function agoSpan(unit: 'day' | 'week' | 'month' | 'year', n: number, ref: number): DaySpan {
  if (unit === 'day') return { from: ref - n, to: ref - n };
  if (unit === 'week') return { from: ref - 7 * n - 3, to: ref - 7 * n + 3 };
  return periodSpan(unit, ref, -n);
}

/** The week, month or year holding `ref`, moved `offset` of them. */
function periodSpan(period: 'week' | 'month' | 'year', ref: number, offset: number): DaySpan {
  const { year, month } = partsOf(ref);
  if (period === 'week') return newsWeek(ref, offset);
  if (period === 'month') return monthSpan(year, month + offset);
  return yearSpan(year + offset);
}

/** "earlier this month" ends at the article date and "later this month" starts there; other edges keep the whole period. */
function clip(span: DaySpan, ref: number, edge: string | undefined): DaySpan {
  const holdsRef = span.from <= ref && ref <= span.to;
  if (holdsRef && edge === 'earlier') return { from: span.from, to: ref };
  if (holdsRef && edge === 'later') return { from: ref, to: span.to };
  return span;
}
