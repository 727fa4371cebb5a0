import { InvalidCursorError } from '@dateline/core';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import {
  INVALID_PARAMETERS_TYPE,
  InvalidParametersError,
  MethodNotAllowedError,
  problemFromError,
  problemResponse,
  statusProblem,
} from './problem.js';

describe('problemFromError', () => {
  it('lists each rejected parameter of an InvalidParametersError', () => {
    const errors = [
      { name: 'limit', reason: 'must be at most 100' },
      { name: 'from', reason: 'must be a calendar date as YYYY-MM-DD' },
    ];
    expect(problemFromError(new InvalidParametersError(errors), '/api/articles?limit=500')).toEqual({
      type: INVALID_PARAMETERS_TYPE,
      title: 'Invalid request parameters',
      status: 400,
      detail: 'Check the parameters limit, from.',
      instance: '/api/articles?limit=500',
      errors,
    });
  });

  it('reports a cursor core cannot decode as a bad cursor parameter', () => {
    const problem = problemFromError(new InvalidCursorError('zzz'), '/api/articles?cursor=zzz');
    expect(problem).toMatchObject({ status: 400, type: INVALID_PARAMETERS_TYPE, errors: [{ name: 'cursor' }] });
  });

  it('keeps the status and message of an HTTPException', () => {
    expect(problemFromError(new HTTPException(404, { message: 'No article has this id.' }), '/api/articles/x')).toEqual(
      statusProblem(404, 'No article has this id.', '/api/articles/x'),
    );
    expect(problemFromError(new MethodNotAllowedError(['GET', 'HEAD']), '/x')).toMatchObject({
      status: 405,
      title: 'Method Not Allowed',
      detail: 'This resource only allows GET, HEAD.',
    });
  });

  it('hides the message of anything else behind a 500', () => {
    const problem = problemFromError(new Error('connection to 10.0.0.5 refused'), '/api/health');
    expect(problem).toMatchObject({ type: 'about:blank', status: 500, title: 'Internal Server Error' });
    expect(problem.detail).not.toContain('10.0.0.5');
  });
});

describe('problemResponse', () => {
  it('sends the problem as application/problem+json with its status and extra headers', async () => {
    const res = problemResponse(statusProblem(405, 'no', '/x'), { Allow: 'GET' });
    expect(res.status).toBe(405);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('allow')).toBe('GET');
    expect(await res.json()).toEqual({ type: 'about:blank', title: 'Method Not Allowed', status: 405, detail: 'no', instance: '/x' });
  });
});
