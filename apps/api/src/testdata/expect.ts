import { expect } from 'vitest';
import type { Problem } from '../problem.js';

/** Asserts that `res` is an RFC 9457 problem with `status` about `instance`, and returns its body. */
export async function expectProblem(res: Response, status: number, instance?: string): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  const body = (await res.json()) as Problem;
  expect(body).toMatchObject({ type: expect.any(String), title: expect.any(String), status, detail: expect.any(String) });
  expect(body.instance).toBe(instance ?? body.instance);
  expect(typeof body.instance).toBe('string');
  return body;
}

/** Asserts a 400 whose `errors` names exactly `names`, each with a reason, and returns the body. */
export async function expectInvalid(res: Response, names: string[]): Promise<Problem> {
  const body = await expectProblem(res, 400);
  expect(body.type).toBe('urn:dateline:problem:invalid-parameters');
  expect(body.errors?.map((error) => error.name).sort()).toEqual([...names].sort());
  for (const error of body.errors ?? []) expect(error.reason).toMatch(/\S/);
  return body;
}

/** Asserts a 200 JSON response and returns its body. */
export async function expectJson<T>(res: Response): Promise<T> {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json\b/);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  return (await res.json()) as T;
}
