import { InvalidCursorError } from '../errors.js';

/** Encodes keyset values as an opaque URL-safe cursor. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Decodes a cursor made by `encodeCursor` whose values match `shape`; throws InvalidCursorError otherwise. */
export function decodeCursor<T extends ('string' | 'number')[]>(
  cursor: string,
  shape: T,
): { [K in keyof T]: T[K] extends 'number' ? number : string } {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError(cursor);
  }
  const fits =
    Array.isArray(values) &&
    values.length === shape.length &&
    values.every((value, i) => typeof value === shape[i] && (typeof value !== 'number' || Number.isFinite(value)));
  if (!fits) throw new InvalidCursorError(cursor);
  return values as { [K in keyof T]: T[K] extends 'number' ? number : string };
}
