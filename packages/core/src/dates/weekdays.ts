import type { FoundDate } from './mention.js';
import { directionFrom, newsWeek, weekdayOccurrence } from './occurrence.js';
import type { Tense } from './tense.js';
import type { Trigger } from './triggers.js';

const WEEKDAY_NUMBER: Record<string, number> = { Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6 };
// "on", "last", "on Friday last week", "Monday of next week": the words that travel with a weekday.
const PREFIX = /(?:\b([Oo]n) )?(?:\b([Ll]ast|[Pp]ast|[Nn]ext|[Tt]his) )?$/;
const SUFFIX = /^,? (?:of )?(last|past|next|this) week\b/;
// Holidays, events and titles that hold a weekday name: Good Friday, Bloody Sunday, the Mail on Sunday.
const NOT_A_DAY_BEFORE = /\b(?:Good|Black|Bloody|Ash|Super|Cyber|Easter|Palm|Holy|Maundy|Shrove|Giving|Blue|Manic|Mail on)\s+$/;
// "on a recent Saturday", "every Friday", "the following Monday", "his Friday evening": not a day
// counted from the article's.
const NOT_THIS_WEEK_BEFORE = /\b(?:a|an|one|every|each|any|some|recent|following|previous|same|his|her|their|my|our|your)\s+$/i;
const NOT_A_DAY_AFTER = /^(?:['’]s)?\s+(?:Times|Telegraph|Mirror|Express|Post|People|Herald|Sport|Star|Night Live|Morning|Club|prayers?|services?|[Mm]ass|school)\b/;
const WEEK_OFFSET: Record<string, number> = { last: -1, past: -1, this: 0, next: 1 };

/**
 * Dates written as a weekday (`weekdays`, from findTriggers) in `text`: "on Wednesday", "last
 * Friday", "Thursday this week", resolved against day `ref`. A bare weekday is the latest such day
 * up to the article date when `tenseAt` says past, the next from it when future, else the nearer.
 */
export function findWeekdayDates(text: string, weekdays: readonly Trigger[], ref: number, tenseAt: (start: number, end: number) => Tense): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { start: nameStart, end: nameEnd } of weekdays) {
    const name = text.slice(nameStart, nameEnd);
    const weekday = WEEKDAY_NUMBER[name];
    const lead = text.slice(Math.max(0, nameStart - 16), nameStart);
    const tail = text.slice(nameEnd, nameEnd + 24);
    if (weekday === undefined || NOT_A_DAY_BEFORE.test(lead) || NOT_THIS_WEEK_BEFORE.test(lead) || NOT_A_DAY_AFTER.test(tail)) continue;
    const prefix = PREFIX.exec(lead);
    const suffix = SUFFIX.exec(tail);
    const start = nameStart - (prefix?.[0].length ?? 0);
    const end = nameEnd + (suffix?.[0].length ?? 0);
    const modifier = prefix?.[2]?.toLowerCase();
    let day: number | undefined;
    if (suffix?.[1]) day = newsWeek(ref, WEEK_OFFSET[suffix[1]] ?? 0).from + ((weekday + 6) % 7);
    else if (modifier === 'last' || modifier === 'past') day = weekdayOccurrence(weekday, ref, 'before');
    else if (modifier === 'next') day = weekdayOccurrence(weekday, ref, 'after');
    else day = weekdayOccurrence(weekday, ref, directionFrom(tenseAt(start, end), lead, tail));
    if (day !== undefined) found.push({ text: text.slice(start, end), start, end, from: day, to: day, granularity: 'day' });
  }
  return found;
}
