import type { TimelineEntry } from '@dateline/core';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})/;

/** How precise a date span is, as core resolves date expressions. */
export type Granularity = TimelineEntry['granularity'];

/** A day of articles, with its heading. */
export interface DayGroup<T> {
  date: string;
  label: string;
  items: T[];
}

/** "2022-01-21" → "Friday 21 January 2022"; a string that is not a real YYYY-MM-DD date comes back unchanged. */
export function formatDay(date: string): string {
  const match = ISO_DAY.exec(date);
  if (!match) return date;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Built by hand (not Intl) so server and browser render the same text in any locale.
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return date;
  return `${WEEKDAYS[utc.getUTCDay()]} ${day} ${MONTHS[month - 1]} ${year}`;
}

/** Consecutive items with the same `date` gathered under one heading, in the order given (lists come newest first). */
export function groupByDay<T extends { date: string }>(items: readonly T[]): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last.date === item.date) last.items.push(item);
    else groups.push({ date: item.date, label: formatDay(item.date), items: [item] });
  }
  return groups;
}

/** "2022-01" (or a day in it) → "January 2022"; anything else comes back unchanged. */
export function formatMonth(month: string): string {
  const match = ISO_MONTH.exec(month);
  const name = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && name ? `${name} ${match[1]}` : month;
}

/**
 * A resolved date span as precisely as it is known: a day ("Wednesday 19 January 2022"), a week's
 * days ("24–30 January 2022"), a month ("January 2022") or a year; a span over several of them as a range.
 */
export function formatSpan(from: string, to: string, granularity: Granularity): string {
  if (granularity === 'year') return from.slice(0, 4) === to.slice(0, 4) ? from.slice(0, 4) : `${from.slice(0, 4)} – ${to.slice(0, 4)}`;
  if (granularity === 'month') return formatMonth(from) === formatMonth(to) ? formatMonth(from) : `${formatMonth(from)} – ${formatMonth(to)}`;
  if (from === to) return formatDay(from);
  const [a, b] = [ISO_DAY.exec(from), ISO_DAY.exec(to)];
  if (!a || !b) return `${from} – ${to}`;
  const day = (match: RegExpExecArray) => String(Number(match[3]));
  // Say the month and year once when both ends share them: "24–30 January 2022".
  if (a[1] === b[1] && a[2] === b[2]) return `${day(a)}–${day(b)} ${formatMonth(to)}`;
  const start = a[1] === b[1] ? `${day(a)} ${MONTHS[Number(a[2]) - 1]}` : `${day(a)} ${formatMonth(from)}`;
  return `${start} – ${day(b)} ${formatMonth(to)}`;
}
