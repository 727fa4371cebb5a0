import type { Store } from '@dateline/core';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { openApiDocument } from './openapi.js';
import { MethodNotAllowedError, problemFromError, problemResponse, statusProblem } from './problem.js';
import { articlesRoute } from './routes/articles.js';
import { entitiesRoute } from './routes/entities.js';
import { healthRoute } from './routes/health.js';
import { importRoutes, type ImportSettings } from './routes/import.js';
import { quotesRoute } from './routes/quotes.js';
import { searchRoute } from './routes/search.js';
import { storiesRoute } from './routes/stories.js';

/** What the API serves beyond reading: imports, when given a token. */
export interface AppOptions {
  import?: ImportSettings;
}

/**
 * The JSON API over `store`, answering every path that starts with /api; every error, including an
 * unknown path or method, is an application/problem+json response.
 */
export function createApp(store: Store, options: AppOptions = {}): Hono {
  const imports = importRoutes(store, options.import ?? {});
  const api = new Hono()
    .route('/import', imports.upload)
    .route('/imports', imports.runs)
    .route('/articles', articlesRoute(store))
    .route('/search', searchRoute(store))
    .route('/stories', storiesRoute(store))
    .route('/quotes', quotesRoute(store))
    .route('/entities', entitiesRoute(store))
    .route('/health', healthRoute(store))
    .get('/openapi.json', (c) => c.json(openApiDocument));

  const app = new Hono();
  app.use(securityHeaders);
  app.route('/api', api);
  refuseOtherMethods(app);
  app.notFound((c) => problemResponse(statusProblem(404, 'Nothing is served at this path.', instanceOf(c))));
  app.onError((error, c) => {
    const problem = problemFromError(error, instanceOf(c));
    if (problem.status >= 500) console.error(`${c.req.method} ${problem.instance} failed:`, error);
    const headers: Record<string, string> = error instanceof MethodNotAllowedError ? { Allow: error.allow.join(', ') } : {};
    // An HTTPException may carry headers the status needs, such as WWW-Authenticate on a 401.
    const challenge = error instanceof HTTPException ? error.getResponse().headers.get('WWW-Authenticate') : null;
    if (challenge) headers['WWW-Authenticate'] = challenge;
    return problemResponse(problem, headers);
  });
  return app;
}

// A JSON API never needs the browser to sniff, frame, run or load anything from its responses.
const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('X-Content-Type-Options', 'nosniff');
  c.res.headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  c.res.headers.set('X-Frame-Options', 'DENY');
  c.res.headers.set('Referrer-Policy', 'no-referrer');
};

// Hono answers a known path asked with another method as "not found"; HTTP wants 405 with Allow (RFC 9110 §15.5.6).
function refuseOtherMethods(app: Hono): void {
  const methods = new Map<string, Set<string>>();
  for (const route of app.routes) {
    if (route.method === 'ALL') continue;
    const served = methods.get(route.path) ?? new Set<string>();
    served.add(route.method);
    // Hono answers HEAD with the GET handler.
    if (route.method === 'GET') served.add('HEAD');
    methods.set(route.path, served);
  }
  for (const [path, served] of methods) {
    const allow = [...served];
    app.all(path, () => {
      throw new MethodNotAllowedError(allow);
    });
  }
}

// The request target as sent (still percent-encoded), so it is a valid URI reference for `instance`.
function instanceOf(c: Context): string {
  const url = new URL(c.req.url);
  return url.pathname + url.search;
}
