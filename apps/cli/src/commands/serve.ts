import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Command } from 'commander';
import { getRequestListener } from '@hono/node-server';
import { createApp, DEFAULT_MAX_IMPORT_BYTES } from '@dateline/api';
import { shareStore } from '@dateline/core';
import type { Config } from '../config.js';
import { CliError } from '../errors.js';
import { dataOption, parseInteger, parsePort } from '../options.js';
import { messageOf, openCliStore } from '../store.js';

/** `dateline serve`: serves the API (/api/*) and the site from one store on one port until SIGINT/SIGTERM. */
export function serveCommand(config: Config): Command {
  return new Command('serve')
    .description('serve the website and the API (/api) on one port')
    .addOption(dataOption())
    .option('-p, --port <n>', 'port to listen on (0 picks a free one)', parsePort, 3000)
    // Loopback by default: the archive has no access control, so exposing it is opt-in.
    .option('--host <host>', 'address to listen on; 0.0.0.0 (or ::) to accept other machines', '127.0.0.1')
    .option('--import-token <token>', 'accept POST /api/import from clients sending "Authorization: Bearer TOKEN" (default: $DATELINE_IMPORT_TOKEN; imports are off without one)')
    .option('--import-limit <mib>', `largest upload POST /api/import takes, in MiB (default: ${DEFAULT_MAX_IMPORT_BYTES / 1024 / 1024})`, (v) => parseInteger(v, 1, 1_000_000))
    .action(async (flags: ServeFlags) => {
      await serve(config, flags);
    });
}

interface ServeFlags {
  data?: string;
  port: number;
  host: string;
  importToken?: string;
  importLimit?: number;
}

async function serve(config: Config, flags: ServeFlags): Promise<void> {
  const store = await openCliStore(config.storeConfig(flags));
  // The site's handler opens the store through core's sharedStore() when it loads; sharing
  // first means both halves use this one store (PGlite allows one owner per directory).
  shareStore(store);
  const token = flags.importToken ?? config.importToken;
  const importSettings = { ...(token && { token }), ...(flags.importLimit !== undefined && { maxBytes: flags.importLimit * 1024 * 1024 }) };
  const api = getRequestListener(createApp(store, { import: importSettings }).fetch, {
    // Hono would otherwise swap the global Request/Response, which SvelteKit also uses in this process.
    overrideGlobalObjects: false,
  });
  let site: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  // adapter-node takes the protocol from this header (read when the handler loads) and would
  // otherwise assume https, so feeds would link to https://localhost. ORIGIN, if set, still wins.
  process.env.PROTOCOL_HEADER ??= PROTOCOL_HEADER;
  try {
    ({ handler: site } = await import('@dateline/web/handler'));
  } catch (err) {
    await store.close();
    const missing = (err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND';
    throw new CliError(missing ? 'the website is not built; run `npx pnpm@10 build` first' : `the website failed to load: ${messageOf(err)}`, {
      cause: err,
    });
  }

  const server = createServer((req, res) => {
    if (isApiPath(req.url ?? '/')) {
      void api(req, res);
    } else {
      // This server speaks plain HTTP; whatever a client claims in the header is replaced.
      req.headers[PROTOCOL_HEADER] = 'http';
      site(req, res, () => {
        res.statusCode = 404;
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.end('Not found\n');
      });
    }
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(flags.port, flags.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    await store.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`port ${flags.port} is already in use; choose another with --port`, { cause: err });
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new CliError(`cannot listen on ${flags.host}: no such local address`, { cause: err });
    throw err;
  }

  const { port } = server.address() as AddressInfo;
  const shown = flags.host.includes(':') ? `[${flags.host}]` : flags.host;
  process.stdout.write(`Dateline is serving http://${shown}:${port}/ (Ctrl-C to stop)\n`);

  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (): void => {
      if (stopping) process.exit(130); // a second signal: do not wait any longer
      stopping = true;
      server.close(() => resolve());
      // Idle keep-alive sockets would hold close() open for their whole timeout.
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 5000).unref();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await store.close();
}

const PROTOCOL_HEADER = 'x-forwarded-proto';

/** True for /api and anything below it (not /apiary). */
function isApiPath(url: string): boolean {
  const path = url.split('?', 1)[0] ?? '/';
  return path === '/api' || path.startsWith('/api/');
}
