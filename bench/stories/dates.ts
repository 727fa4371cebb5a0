// Dates in the wild ("May 2, 2013 | 5: 03pm", "14 June 2013", "2018-04-17") as YYYY-MM-DD.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO = /\b(\d{4})-(\d{2})-(\d{2})/;
const MONTH_DAY_YEAR = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/;
const DAY_MONTH_YEAR = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;

/** The first calendar date found in `value` as YYYY-MM-DD, or null when there is none. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const iso = ISO.exec(value);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = MONTH_DAY_YEAR.exec(value);
  if (mdy) return valid(Number(mdy[3]), monthOf(mdy[1]!), Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(value);
  if (dmy) return valid(Number(dmy[3]), monthOf(dmy[2]!), Number(dmy[1]));
  return null;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function valid(year: number, month: number, day: number): string | null {
  if (month < 1 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}
