const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

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
