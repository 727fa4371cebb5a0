import { formatMonth } from './dates';

/** Articles in one month, "YYYY-MM". */
export interface MonthCount {
  month: string;
  articles: number;
}

/** One bar of a month chart, in the chart's own units (y grows downwards, as in SVG). */
export interface MonthBar extends MonthCount {
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A bar chart of months: its size, its bars, and its tallest count. */
export interface MonthChart {
  width: number;
  height: number;
  max: number;
  bars: MonthBar[];
}

const MONTH = /^(\d{4})-(\d{2})$/;

/** Every month from the first to the last of `months` (which come oldest first), the missing ones at 0 articles. */
export function fillMonths(months: readonly MonthCount[]): MonthCount[] {
  const counts = new Map(months.map((entry) => [entry.month, entry.articles]));
  const [first, last] = [MONTH.exec(months[0]?.month ?? ''), MONTH.exec(months.at(-1)?.month ?? '')];
  if (!first || !last) return [...months];
  const filled: MonthCount[] = [];
  const end = Number(last[1]) * 12 + Number(last[2]) - 1;
  for (let index = Number(first[1]) * 12 + Number(first[2]) - 1; index <= end; index++) {
    const month = `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
    filled.push({ month, articles: counts.get(month) ?? 0 });
  }
  return filled;
}

// A bar's slot is at most this wide: a few months should not stretch across the page.
const SLOT = 24;
const MAX_WIDTH = 640;
const HEIGHT = 120;

/** The bars for `months` (gaps filled): slots at most 24 units wide within 640, heights scaled to the busiest month. */
export function layoutMonthChart(months: readonly MonthCount[]): MonthChart {
  const filled = fillMonths(months);
  const max = Math.max(0, ...filled.map((entry) => entry.articles));
  const slot = Math.min(SLOT, MAX_WIDTH / Math.max(1, filled.length));
  const bars = filled.map((entry, i) => {
    // A month with any article stays visible however busy the busiest is.
    const height = max === 0 || entry.articles === 0 ? 0 : Math.max(2, (entry.articles / max) * HEIGHT);
    return { ...entry, label: formatMonth(entry.month), x: round(i * slot + slot * 0.1), y: round(HEIGHT - height), width: round(slot * 0.8), height: round(height) };
  });
  return { width: round(filled.length * slot), height: HEIGHT, max, bars };
}

// Hundredths of a unit are finer than any screen shows, and keep the markup short.
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
