import { createHash, timingSafeEqual } from 'node:crypto';
import {
  getImportRun,
  importArticles,
  listImportRuns,
  pageParams,
  parseFieldMap,
  placeQueuedArticles,
  streamInputs,
  type FieldMap,
  type Store,
} from '@dateline/core';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { InvalidParametersError } from '../problem.js';
import { parseQuery } from '../query.js';

/** How the server takes imports: the token clients must send, and the largest upload. */
export interface ImportSettings {
  /** Bearer token POST /api/import and the run listings require; without one, imports are off. */
  token?: string;
  /** Largest upload in bytes (default 256 MiB). */
  maxBytes?: number;
}

/** Default upload limit: a sizeable export or a month of feeds, gzipped; bigger belongs on the command line. */
export const DEFAULT_MAX_IMPORT_BYTES = 256 * 1024 * 1024;
// Rejections listed in the answer; GET /api/imports/:id has every one.
const LISTED_REJECTIONS = 100;

/**
 * POST /api/import takes one file in any import format as the request body (`?name=` gives its
 * file name, `?map=field=column` maps export fields), stores it as a recorded run and places the
 * new articles in stories. GET /api/imports and /api/imports/:id list runs and rejections. All
 * need `Authorization: Bearer TOKEN` (401 otherwise); 403 when the server has no token; 413 over the limit.
 */
export function importRoutes(store: Store, settings: ImportSettings): { upload: Hono; runs: Hono } {
  const guard = requireToken(settings.token);
  const maxBytes = settings.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new HTTPException(413, { message: `The upload is larger than the ${formatBytes(maxBytes)} limit.` });
    },
  });
  // One import at a time: runs then place their articles in stories in order, as the CLI does.
  let queue: Promise<unknown> = Promise.resolve();

  const upload = new Hono().use(guard, limit).post('/', async (c) => {
    const name = uploadName(c);
    const map = fieldMap(c);
    const body = c.req.raw.body;
    if (!body) throw new InvalidParametersError([{ name: 'body', reason: 'must hold the file to import' }]);
    const run = queue.then(async () => {
      const summary = await importArticles(store.db, streamInputs(name, body, { map }), { sources: [name] });
      const placement = await placeQueuedArticles(store.db);
      return { summary, placed: placement.placed };
    });
    queue = run.catch(() => undefined);
    const { summary, placed } = await run;
    return c.json({
      run: summary.runId,
      imported: summary.imported,
      duplicates: summary.duplicates,
      rejected: summary.rejectedCount,
      rejections: summary.rejected.slice(0, LISTED_REJECTIONS).map((r) => ({ location: r.path, reason: r.reason })),
      placed,
    });
  });

  const runs = new Hono()
    .use(guard)
    .get('/', async (c) => c.json(await listImportRuns(store.db, parseQuery(c, pageParams))))
    .get('/:id', async (c) => {
      const id = c.req.param('id');
      if (!/^\d{1,9}$/.test(id)) throw new HTTPException(404, { message: 'No import run has this id.' });
      const run = await getImportRun(store.db, Number(id), parseQuery(c, pageParams));
      if (!run) throw new HTTPException(404, { message: 'No import run has this id.' });
      return c.json(run);
    });
  return { upload, runs };
}

function requireToken(token: string | undefined): MiddlewareHandler {
  // Hashes have equal lengths, so the comparison takes the same time whatever the client sent.
  const expected = token ? digest(token) : undefined;
  return async (c, next) => {
    if (!expected) throw new HTTPException(403, { message: 'Imports are off: start the server with --import-token or DATELINE_IMPORT_TOKEN.' });
    const given = /^Bearer\s+(\S(?:.*\S)?)\s*$/i.exec(c.req.header('Authorization') ?? '')?.[1];
    if (!given || !timingSafeEqual(digest(given), expected)) {
      const res = new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="dateline import"' } });
      throw new HTTPException(401, { message: 'Send the import token as "Authorization: Bearer TOKEN".', res });
    }
    await next();
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

// Reports and runs name the upload; the name also tells the format apart where the content does not.
function uploadName(c: Context): string {
  const name = c.req.queries('name');
  if (name && name.length > 1) throw new InvalidParametersError([{ name: 'name', reason: 'must be given at most once' }]);
  const given = (name?.[0] ?? '').replace(/[\u0000-\u001f\u007f/\\]+/g, '').trim();
  if (given.length > 200) throw new InvalidParametersError([{ name: 'name', reason: 'must be at most 200 characters' }]);
  return `upload:${given || 'body'}`;
}

function fieldMap(c: Context): FieldMap {
  try {
    return parseFieldMap(c.req.queries('map') ?? []);
  } catch (error) {
    throw new InvalidParametersError([{ name: 'map', reason: error instanceof Error ? error.message : String(error) }]);
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
