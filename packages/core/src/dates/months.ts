import { Chrono, en, type ParsedComponents, type ParsedResult } from 'chrono-node';
import { dayOf, monthSpan, noonOf, partsOf, weekdayOf, type DaySpan } from './calendar.js';
import type { FoundDate } from './mention.js';
import { dateOccurrence, directionFrom, monthOccurrence, type Direction } from './occurrence.js';
import type { Tense } from './tense.js';
import type { Trigger } from './triggers.js';

// Chrono's parsers for dates written with a month name; the weekday parser stays so that
// "Tuesday, July 12" is read as one date. The rest of its casual set reads times, durations, slashed
// numbers and "now", which news copy is full of and which date nothing.
const MONTH_DATE_PARSERS = new Set([
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENMonthNameParser',
  'ENYearMonthNameParser',
  'ENWeekdayParser',
]);
// It turns "end of March" into 31 March; a reporter's "end of March" is not that precise.
const END_OF_PERIOD_REFINER = 'ENEndOfPeriodRefiner';

/** A chrono instance with only the parsers for dates written with a month name; throws if chrono's set has changed. */
export function createMonthDateParser(): Chrono {
  const configuration = en.configuration.createCasualConfiguration(false);
  configuration.parsers = configuration.parsers.filter((parser) => MONTH_DATE_PARSERS.has(parser.constructor.name));
  const refiners = configuration.refiners.filter((refiner) => refiner.constructor.name !== END_OF_PERIOD_REFINER);
  if (configuration.parsers.length !== MONTH_DATE_PARSERS.size || refiners.length !== configuration.refiners.length - 1) {
    throw new Error('chrono-node no longer has the English parsers and refiners Dateline expects');
  }
  configuration.refiners = refiners;
  return new Chrono(configuration);
}

const parser = createMonthDateParser();

// How far around a month name chrono looks: "Tuesday, the 30th of " before, " 24th, 2022" after.
const REACH_BEFORE = 22;
const REACH_AFTER = 16;

const FULL_MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
// A month name alone names a month only after a word that makes it a time ("in May", not "Theresa May").
const MONTH_CUE = /\b(?:in|since|until|till|by|from|during|early|late|mid-?|last|next|this|of|through|before|after)\s*$/i;
// A day and month used as the name of an event from an unnamed year: "the Jan. 6 committee", "the September 11 attacks".
const EVENT_AFTER = /^(?:st|nd|rd|th)?\s+(?:attacks?|storming|committee|riots?|rioters?|insurrection|hearings?|panel|anniversary|commemorations?)\b/i;
// Chrono keeps the punctuation around a date ("19 January," "(Friday, 21 January)"); the mention does not.
const LEADING = /^[\s,(（]+/u;
const TRAILING = /(?:[\s,.)）]+|\s+of)$/u;
// The word before a date that belongs to the expression as the reader says it ("since March", "last December").
const LEAD_WORD = /(?:\b(?:on|in|since|until|till|by|from|during|last|next|this|early|late)\s|\bmid-)$/i;
const STARTS_WITH_LEAD_WORD = /^(?:on|in)\b/i;
// "16 October last year", "in March this year": the year, named after the date.
const YEAR_AFTER = /^,?\s+(last|this|next)\s+year\b/i;
const YEAR_OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };

/**
 * Dates written with a month name (`months`, from findTriggers) in `text`: "On January 19",
 * "24 February 2022", "in December 2021", "Tuesday, July 12", "30 August to 5 September", resolved
 * against day `ref`; `tenseAt` gives the tense around an offset range, which says which year is meant.
 */
export function findMonthDates(text: string, months: readonly Trigger[], ref: number, tenseAt: (start: number, end: number) => Tense): FoundDate[] {
  const found: FoundDate[] = [];
  const refDate = noonOf(ref);
  for (const window of windowsAround(text, months)) {
    for (const result of parser.parse(text.slice(window.from, window.to), refDate)) {
      const date = resolveResult(text, window.from + result.index, result, ref, tenseAt);
      if (date) found.push(date);
    }
  }
  return found;
}

/**
 * Stretches of `text` around each month name, merged where they overlap and cut on spaces: a chrono
 * call costs microseconds however short its text, and most of a sentence is not a date.
 */
function windowsAround(text: string, months: readonly Trigger[]): DaySpan[] {
  const windows: DaySpan[] = [];
  for (const month of months) {
    let from = Math.max(0, month.start - REACH_BEFORE);
    while (from > 0 && from < month.start && !isSpace(text, from - 1)) from++;
    let to = Math.min(text.length, month.end + REACH_AFTER);
    while (to < text.length && !isSpace(text, to)) to++;
    const last = windows.at(-1);
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else windows.push({ from, to });
  }
  return windows;
}

function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 32 || code === 160 || (code >= 9 && code <= 13);
}

function resolveResult(text: string, at: number, result: ParsedResult, ref: number, tenseAt: (start: number, end: number) => Tense): FoundDate | undefined {
  let start = at + (LEADING.exec(result.text)?.[0].length ?? 0);
  let end = at + result.text.length - (TRAILING.exec(result.text)?.[0].length ?? 0);
  if (end <= start) return undefined;
  const written = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 24);
  const yearWords = result.start.isCertain('year') ? null : YEAR_AFTER.exec(after);
  const year = yearWords ? partsOf(ref).year + (YEAR_OFFSET[yearWords[1]?.toLowerCase() ?? ''] ?? 0) : undefined;
  // The tense is only needed, and only worked out, when no year is given.
  const direction = () => directionFrom(tenseAt(start, end), before, after);
  const span = resolveComponents(result, { written, before, after, ref, year, direction });
  if (!span) return undefined;
  if (!STARTS_WITH_LEAD_WORD.test(written)) start -= LEAD_WORD.exec(before)?.[0].length ?? 0;
  end += yearWords?.[0].length ?? 0;
  return { text: text.slice(start, end), start, end, ...span };
}

/** What resolving a chrono result needs besides the result. */
interface Context {
  /** The text of the result, trimmed of punctuation, and the text either side of it. */
  written: string;
  before: string;
  after: string;
  ref: number;
  /** The year "last year", "this year" or "next year" after the date names. */
  year: number | undefined;
  direction: () => Direction;
}

function resolveComponents(result: ParsedResult, context: Context): Pick<FoundDate, 'from' | 'to' | 'granularity'> | undefined {
  const { start, end } = result;
  const { written, before, after } = context;
  if (start.isCertain('month') && start.isCertain('day')) {
    if (!start.isCertain('year') && context.year === undefined && EVENT_AFTER.test(after)) return undefined;
    const from = dayFrom(start, context);
    if (from === undefined) return undefined;
    const to = end?.isCertain('day') && end.isCertain('month') ? endDay(end, from, written) : from;
    return to === undefined ? undefined : { from, to, granularity: 'day' };
  }
  // Weekday-only results are left to weekdays.ts; an abbreviation alone ("Mar") is no date.
  if (!start.isCertain('month') || !FULL_MONTH.test(written)) return undefined;
  if (!start.isCertain('year') && context.year === undefined && !MONTH_CUE.test(before)) return undefined;
  const span = monthFrom(start, { ...context, direction: () => monthDirection(before, context.direction) });
  if (!span) return undefined;
  const last = end?.isCertain('month') && !end.isCertain('day') ? endMonth(end, span, written) : span;
  return last ? { from: span.from, to: last.to, granularity: 'month' } : undefined;
}

/** The year of a date: written in full, or named after it ("last year"); undefined when neither, or chrono read a year that is not written out. */
function yearOf(components: ParsedComponents, { written, year }: Context): number | undefined | null {
  if (!components.isCertain('year')) return year;
  return writtenYear(components, written) ?? null;
}

/** A named year, but only one written out in full: chrono also reads "May, 68" and "March '22". */
function writtenYear(components: ParsedComponents, written: string): number | undefined {
  const year = components.get('year');
  return year !== null && year >= 1000 && written.includes(String(year)) ? year : undefined;
}

function dayFrom(components: ParsedComponents, context: Context): number | undefined {
  const month = components.get('month') ?? 0;
  const day = components.get('day') ?? 0;
  const weekday = components.isCertain('weekday') ? (components.get('weekday') ?? undefined) : undefined;
  const year = yearOf(components, context);
  if (year === undefined) return dateOccurrence(month, day, context.ref, context.direction(), weekday);
  const date = year === null ? undefined : dayOf(year, month, day);
  // A weekday that does not fit the date means one of them is wrong; better no date than a wrong one.
  if (date === undefined || (weekday !== undefined && weekdayOf(date) !== weekday)) return undefined;
  return date;
}

/** The last day of a range of days ("30 August to 5 September"): in the start's year, or the next when it would end before it starts. */
function endDay(components: ParsedComponents, from: number, written: string): number | undefined {
  const month = components.get('month') ?? 0;
  const day = components.get('day') ?? 0;
  const named = components.isCertain('year') ? writtenYear(components, written) : undefined;
  if (components.isCertain('year') && named === undefined) return undefined;
  const year = named ?? partsOf(from).year;
  const to = dayOf(year, month, day);
  if (to !== undefined && to >= from) return to;
  return named === undefined ? dayOf(year + 1, month, day) : undefined;
}

/** "last December" is the one before the article's month, "next March" the one after. */
function monthDirection(before: string, direction: () => Direction): Direction {
  if (/\blast\s+$/i.test(before)) return 'before';
  if (/\bnext\s+$/i.test(before)) return 'after';
  return direction();
}

function monthFrom(components: ParsedComponents, context: Context): DaySpan | undefined {
  const month = components.get('month') ?? 0;
  const year = yearOf(components, context);
  if (year === undefined) return monthOccurrence(month, context.ref, context.direction());
  return year === null ? undefined : monthSpan(year, month);
}

/** The last month of a range of months ("March to May"), in the start's year or the next. */
function endMonth(components: ParsedComponents, start: DaySpan, written: string): DaySpan | undefined {
  const month = components.get('month') ?? 0;
  const year = components.isCertain('year') ? writtenYear(components, written) : partsOf(start.from).year;
  if (year === undefined) return undefined;
  const span = monthSpan(year, month);
  if (span.from >= start.from) return span;
  return components.isCertain('year') ? undefined : monthSpan(year + 1, month);
}
