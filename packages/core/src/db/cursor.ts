import { InvalidCursorError } from '../errors.js';
import { isCalendarDate } from '../params.js';

/** The kinds of value a cursor may hold, each checked on the way back in. */
const CHECKS = {
  number: (value: unknown) => typeof value === 'number' && Number.isFinite(value),
  // A position or an offset: it goes back into SQL as an integer.
  index: (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0,
  date: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
  // Ids go back into SQL: nothing but what an id can hold (no NUL, which PostgreSQL refuses).
  id: (value: unknown) => typeof value === 'string' && isArticleId(value),
};
type Kind = keyof typeof CHECKS;
type Decoded<T extends Kind[]> = { [K in keyof T]: T[K] extends 'number' | 'index' ? number : string };

/** True when `value` has the shape of an article id: 1 to 64 letters, digits, `-` or `_`. */
export function isArticleId(value: string): boolean {
  return /^[\w-]{1,64}$/.test(value);
}

/** Encodes keyset values as an opaque URL-safe cursor. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Decodes a cursor made by `encodeCursor` whose values are of the kinds in `shape`; throws InvalidCursorError otherwise. */
export function decodeCursor<T extends Kind[]>(cursor: string, shape: [...T]): Decoded<T> {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError(cursor);
  }
  const fits = Array.isArray(values) && values.length === shape.length && shape.every((kind, i) => CHECKS[kind](values[i]));
  if (!fits) throw new InvalidCursorError(cursor);
  return values as Decoded<T>;
}

/** `text` for a LIKE pattern, its wildcards and escapes matching only themselves. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
