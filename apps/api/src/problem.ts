import { InvalidCursorError } from '@dateline/core';
import { HTTPException } from 'hono/http-exception';
import { SinceArticleError } from './story-view.js';

/** The media type of every error body (RFC 9457 §3). */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

// RFC 9457 §4.2: `about:blank` means "nothing beyond the HTTP status"; extension members such as
// `errors` need a type of their own. It is a URN because nothing is published at an address for it.
/** The problem type of a request whose parameters were rejected; its body carries `errors`. */
export const INVALID_PARAMETERS_TYPE = 'urn:dateline:problem:invalid-parameters';

/** One rejected request parameter and why it was rejected. */
export interface ParameterError {
  name: string;
  reason: string;
}

/** An RFC 9457 problem details object, as every error response carries it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: ParameterError[];
}

/** Thrown when request parameters fail validation; becomes a 400 naming each bad parameter. */
export class InvalidParametersError extends Error {
  override readonly name = 'InvalidParametersError';
  constructor(readonly errors: ParameterError[]) {
    super(`Invalid parameters: ${errors.map((error) => error.name).join(', ')}`);
  }
}

/** Thrown for a known path asked with a method it does not serve; becomes a 405 with `Allow`. */
export class MethodNotAllowedError extends HTTPException {
  constructor(readonly allow: readonly string[]) {
    super(405, { message: `This resource only allows ${allow.join(', ')}.` });
  }
}

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The problem for a status with no further type, titled with the status phrase as RFC 9457 §4.2.1 asks. */
export function statusProblem(status: number, detail: string, instance: string): Problem {
  return { type: 'about:blank', title: STATUS_TITLES[status] ?? 'Error', status, detail, instance };
}

/** The 400 problem listing every rejected parameter. */
export function invalidParametersProblem(errors: ParameterError[], instance: string): Problem {
  const names = [...new Set(errors.map((error) => error.name))];
  return {
    type: INVALID_PARAMETERS_TYPE,
    title: 'Invalid request parameters',
    status: 400,
    detail: `Check the ${names.length === 1 ? 'parameter' : 'parameters'} ${names.join(', ')}.`,
    instance,
    errors,
  };
}

/**
 * The problem an error thrown while handling a request stands for: named request and core errors keep
 * their meaning; anything else is a 500 whose detail says nothing about internals.
 */
export function problemFromError(error: unknown, instance: string): Problem {
  if (error instanceof InvalidParametersError) return invalidParametersProblem(error.errors, instance);
  if (error instanceof InvalidCursorError) {
    return invalidParametersProblem([{ name: 'cursor', reason: error.message }], instance);
  }
  if (error instanceof SinceArticleError) {
    return invalidParametersProblem([{ name: 'since', reason: error.message }], instance);
  }
  if (error instanceof HTTPException) {
    return statusProblem(error.status, error.message || (STATUS_TITLES[error.status] ?? 'Error'), instance);
  }
  return statusProblem(500, 'The server failed to answer this request; the error has been logged.', instance);
}

/** A response carrying `problem` as application/problem+json, with any extra headers. */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': PROBLEM_MEDIA_TYPE, ...headers },
  });
}
