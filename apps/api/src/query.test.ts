import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InvalidParametersError } from './problem.js';
import { parseQuery } from './query.js';

const schema = z
  .object({ n: z.coerce.number().int().min(1), word: z.string().min(1) })
  .refine((value) => value.n < 10 || value.word !== 'big', { message: 'big needs n below 10' });

// parseQuery reads a Hono context, so run it inside a one-route app and report what it returned or threw.
async function parse(query: string): Promise<unknown> {
  const app = new Hono().get('/', (c) => c.json(parseQuery(c, schema)));
  app.onError((error) => Response.json(error instanceof InvalidParametersError ? { errors: error.errors } : { thrown: String(error) }));
  return (await app.request(`/?${query}`)).json();
}

describe('parseQuery', () => {
  it('returns the schema output and ignores unknown parameters', async () => {
    expect(await parse('n=3&word=hi&other=1')).toEqual({ n: 3, word: 'hi' });
  });

  it('names every invalid parameter once', async () => {
    expect(await parse('n=0&word=')).toEqual({
      errors: [
        { name: 'n', reason: expect.any(String) },
        { name: 'word', reason: expect.any(String) },
      ],
    });
  });

  it('rejects a parameter given more than once', async () => {
    expect(await parse('n=3&n=4&word=hi')).toEqual({ errors: [{ name: 'n', reason: 'must be given at most once' }] });
  });

  it('reports a rule over several parameters that names none against the query', async () => {
    expect(await parse('n=30&word=big')).toEqual({ errors: [{ name: 'query', reason: 'big needs n below 10' }] });
  });
});
