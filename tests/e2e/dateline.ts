// Starts and drives the built `dateline` command for the cross-app flows.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built CLI, as users run it; turbo builds it (and core, api, web) before these tests. */
export const cliPath = fileURLToPath(new URL('../../apps/cli/dist/main.js', import.meta.url));
/** Shared fixtures beside the repository (same layout in CI). */
export const seedsDir = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));
export const guardianDir = fileURLToPath(new URL('../../../shared/corpora/dateline/russia-ukraine-guardian', import.meta.url));

/** Throws a clear message when something the flow needs has not been built or checked out. */
export function assertReady(): void {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run \`npx pnpm@10 build\` first`);
  for (const dir of [seedsDir, guardianDir]) if (!existsSync(dir)) throw new Error(`fixtures missing: ${dir}`);
}

// The flows must not touch a developer's real archive or database.
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.DATELINE_DATA;
  return env;
}

/** Runs `dateline ...args` to completion. */
export function runDateline(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { env: cleanEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdin.end();
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A running `dateline serve`. */
export interface Server {
  url: string;
  child: ChildProcessWithoutNullStreams;
  /** Everything it wrote to stderr so far (shown when something fails). */
  stderr(): string;
  /** Sends `signal` and resolves with the exit code once it has exited. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `dateline serve --port 0` on `dataDir` and resolves once /api/health answers 200. */
export async function startServer(dataDir: string, timeoutMs = 120_000): Promise<Server> {
  const child = spawn(process.execPath, [cliPath, 'serve', '--data', dataDir, '--port', '0'], { env: cleanEnv() });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end();
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  let running = true;
  void exited.then(() => (running = false));

  const server: Server = {
    url: '',
    child,
    stderr: () => stderr,
    stop: async (signal = 'SIGTERM') => {
      if (running) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };

  const deadline = Date.now() + timeoutMs;
  // --port 0 lets the OS pick a free port (no race with other tests); the CLI prints the URL.
  while (Date.now() < deadline) {
    if (!running) throw new Error(`dateline serve exited early:\n${stdout}\n${stderr}`);
    const url = /http:\/\/\S+?\//.exec(stdout)?.[0];
    if (url !== undefined) {
      server.url = url;
      const health = await fetch(new URL('/api/health', url)).catch(() => undefined);
      if (health?.status === 200) return server;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await server.stop('SIGKILL');
  throw new Error(`dateline serve did not become healthy within ${timeoutMs} ms:\n${stdout}\n${stderr}`);
}
