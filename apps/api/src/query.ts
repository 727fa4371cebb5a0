import type { Context } from 'hono';
import type { z } from 'zod';
import { InvalidParametersError, type ParameterError } from './problem.js';

/**
 * The query string of `c` as `schema` outputs it; throws InvalidParametersError naming, once each,
 * every parameter that is invalid or given more than once. Parameters the schema does not know are ignored.
 */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const values: Record<string, string> = {};
  const errors: ParameterError[] = [];
  for (const [name, given] of Object.entries(c.req.queries())) {
    // Taking the first or last of `limit=5&limit=50` would be a silent guess at what the client meant.
    if (given.length > 1) errors.push({ name, reason: 'must be given at most once' });
    if (given[0] !== undefined) values[name] = given[0];
  }
  const result = schema.safeParse(values);
  if (result.success && errors.length === 0) return result.data;
  for (const issue of result.error?.issues ?? []) {
    const [name] = issue.path;
    // A rule over several parameters that names none of them is reported against the query as a whole.
    errors.push({ name: typeof name === 'string' ? name : 'query', reason: issue.message });
  }
  throw new InvalidParametersError(errors.filter((error, i) => errors.findIndex((e) => e.name === error.name) === i));
}
