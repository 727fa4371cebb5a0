const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;
// RFC 822 as feeds write it, "Fri, 21 Jan 2022 10:00:00 GMT", and "21 January 2022".
const DAY_MONTH_YEAR = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;
// "January 21, 2022", "Jan. 21 2022".
const MONTH_DAY_YEAR = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
const EPOCH = /^\d{9,13}$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Earlier than this is a placeholder (0001-01-01, the Unix epoch) rather than a publication date.
const EARLIEST_YEAR = 1800;

/**
 * The publication day, YYYY-MM-DD, of a date or timestamp as exports and feeds write it (ISO 8601,
 * RFC 822, "21 January 2022", "January 21, 2022", Unix seconds or milliseconds), or null. The day
 * is the one written, not shifted to UTC: "2022-01-21T23:30-05:00" was published on the 21st there.
 */
export function publishedDay(value: string | number | null | undefined, now = new Date()): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  if (!text) return null;
  let day: string | null = null;
  const iso = ISO_DAY.exec(text);
  const dmy = DAY_MONTH_YEAR.exec(text);
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (iso) day = `${iso[1]}-${iso[2]}-${iso[3]}`;
  else if (dmy) day = fromParts(dmy[3], dmy[2], dmy[1]);
  else if (mdy) day = fromParts(mdy[3], mdy[1], mdy[2]);
  else if (EPOCH.test(text)) {
    // Ten digits or fewer are seconds: milliseconds that small would fall in 1970.
    const ms = text.length <= 10 ? Number(text) * 1000 : Number(text);
    day = new Date(ms).toISOString().slice(0, 10);
  } else {
    const parsed = Date.parse(text);
    if (!Number.isNaN(parsed)) day = new Date(parsed).toISOString().slice(0, 10);
  }
  return day && isPlausible(day, now) ? day : null;
}

function fromParts(year: string | undefined, month: string | undefined, date: string | undefined): string | null {
  const m = MONTHS.indexOf((month ?? '').slice(0, 3).toLowerCase());
  if (m === -1 || !year || !date) return null;
  return `${year}-${String(m + 1).padStart(2, '0')}-${date.padStart(2, '0')}`;
}

// A real calendar day, not before EARLIEST_YEAR and not more than a day ahead of now (time zones).
function isPlausible(day: string, now: Date): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const probe = new Date(0);
  probe.setUTCFullYear(y, m - 1, d);
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return false;
  return y >= EARLIEST_YEAR && probe.getTime() <= now.getTime() + 86_400_000;
}
