import { z } from 'zod';

/** True when `value` is a YYYY-MM-DD date that exists on the calendar. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isoDate = z.string().refine(isCalendarDate, { message: 'must be a calendar date as YYYY-MM-DD' });

// Query strings give "" for an empty form field: treat it as absent, not as a bad value.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());

const LIMIT_MESSAGE = 'must be a whole number from 1 to 100';

const dateRange = {
  from: optional(isoDate),
  to: optional(isoDate),
  limit: z.preprocess(
    (value) => (value === '' || value === undefined || value === null ? undefined : value),
    z
      .union([z.number(), z.string().regex(/^\d{1,6}$/, LIMIT_MESSAGE).transform(Number)], { message: LIMIT_MESSAGE })
      .pipe(z.number().int(LIMIT_MESSAGE).min(1, 'must be at least 1').max(100, 'must be at most 100'))
      .default(20),
  ),
  cursor: optional(z.string().max(200, 'is too long')),
};

const rangeInOrder = (params: { from?: string; to?: string }) =>
  !params.from || !params.to || params.from <= params.to;
const rangeMessage = { message: 'must not be after the end date', path: ['from'] };

/** Parameters of an article listing: optional date range, page size and cursor. */
export const articleListParams = z.object(dateRange).refine(rangeInOrder, rangeMessage);

/** Parameters of a story listing: stories active in the date range, page size and cursor. */
export const storyListParams = articleListParams;

// Free text from a query string: control characters cannot be searched for, and PostgreSQL refuses NUL outright.
const freeText = (max: number) =>
  z
    .string({ message: 'is required' })
    .transform((text) => text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim())
    .pipe(z.string().max(max, `must be at most ${max} characters`));

/** Parameters of a search: an article listing's plus the query text. */
export const searchParams = z
  .object({
    ...dateRange,
    q: freeText(500).pipe(z.string().min(1, 'must not be empty')),
  })
  .refine(rangeInOrder, rangeMessage);

/** Parameters of the quotes index: who said it (a name or an entity key), words in it, date range, page. */
export const quoteListParams = z
  .object({ ...dateRange, speaker: optional(freeText(200)), q: optional(freeText(500)) })
  .refine(rangeInOrder, rangeMessage);

/** Parameters of an entity look-up: words of the name, an optional kind, page size and cursor. */
export const entitySearchParams = z.object({
  q: optional(freeText(200)),
  kind: optional(z.enum(['person', 'place', 'organisation'], { message: 'must be person, place or organisation' })),
  limit: dateRange.limit,
  cursor: dateRange.cursor,
});

/** Parameters of a page of import runs, or of one run's rejections: page size and cursor. */
export const pageParams = z.object({ limit: dateRange.limit, cursor: dateRange.cursor });

export type PageParams = z.output<typeof pageParams>;
export type ArticleListParams = z.output<typeof articleListParams>;
export type QuoteListParams = z.output<typeof quoteListParams>;
export type EntitySearchParams = z.output<typeof entitySearchParams>;
export type SearchParams = z.output<typeof searchParams>;
export type StoryListParams = z.output<typeof storyListParams>;
