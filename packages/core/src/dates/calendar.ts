/**
 * Calendar arithmetic on whole days. A day is its number counted from 1970-01-01 (UTC, proleptic
 * Gregorian), so stepping and comparing are integer operations and no time zone can shift a date.
 */

/** An inclusive run of days. */
export interface DaySpan {
  from: number;
  to: number;
}

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a YYYY-MM-DD date; throws RangeError for anything that is not a real calendar date. */
export function parseDay(iso: string): number {
  const match = ISO_DAY.exec(iso);
  const day = match ? dayOf(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
  if (day === undefined) throw new RangeError(`not a YYYY-MM-DD calendar date: ${JSON.stringify(iso)}`);
  return day;
}

/** The day number of year/month (1–12)/day, or undefined when no such date exists (31 April, 29 February 2022). */
export function dayOf(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** A day number as YYYY-MM-DD. */
export function formatDay(day: number): string {
  const { year, month, day: date } = partsOf(day);
  return `${year}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
}

/** Noon (UTC) of a day number, for APIs that take a Date. */
export function noonOf(day: number): Date {
  return new Date((day + 0.5) * MS_PER_DAY);
}

/**
 * The year, month (1–12) and day of the month of a day number, by integer arithmetic (Hinnant's
 * civil_from_days, https://howardhinnant.github.io/date_algorithms.html): it runs for every mention.
 */
export function partsOf(day: number): { year: number; month: number; day: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153); // counted from March
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1 };
}

/** The day of the week, 0 = Sunday … 6 = Saturday (as Date and chrono number them). */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

/** The Monday-to-Sunday week holding `day`, shifted by `offset` weeks (news weeks start on Monday, as ISO 8601's do). */
export function weekSpan(day: number, offset = 0): DaySpan {
  const monday = day - ((weekdayOf(day) + 6) % 7) + 7 * offset;
  return { from: monday, to: monday + 6 };
}

/** The calendar month `month` (1–12) of `year`; months outside 1–12 roll into the years either side. */
export function monthSpan(year: number, month: number): DaySpan {
  const from = Date.UTC(year, month - 1, 1) / MS_PER_DAY;
  return { from, to: Date.UTC(year, month, 1) / MS_PER_DAY - 1 };
}

/** The calendar year. */
export function yearSpan(year: number): DaySpan {
  return { from: Date.UTC(year, 0, 1) / MS_PER_DAY, to: Date.UTC(year + 1, 0, 1) / MS_PER_DAY - 1 };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
