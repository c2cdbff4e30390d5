// Runs packages/db's embedded PGlite server in its own child process and waits for its ready line.
import { join } from 'node:path';
import { startChild, stopChild } from './children.mjs';
import { freePort } from './ports.mjs';

const READY = 'EMBEDDED_POSTGRES_READY ';
export const EMBEDDED_NAME = 'pglite';
// Three app processes (admin-api, worker, gateway) with pg's default pool of 10, plus migrate and
// seed, stay under this cap; PGlite serializes queries anyway, so more sockets only wait.
export const EMBEDDED_MAX_CONNECTIONS = 40;

/**
 * @param {{ root: string, dataDir: string, timeoutMs?: number }} options
 * @returns {Promise<{ url: string, child: import('./children.mjs').Child }>}
 */
export async function startEmbeddedPostgresChild(options) {
  const port = await freePort();
  /** @type {(url: string) => void} */
  let onReady = () => {};
  const ready = new Promise((resolve) => {
    onReady = resolve;
  });
  const child = startChild({
    name: EMBEDDED_NAME,
    color: 'gray',
    command: process.execPath,
    args: [
      join(options.root, 'packages/db/dist/embedded/embedded-postgres.bin.js'),
      '--data-dir',
      options.dataDir,
      '--port',
      String(port),
      '--max-connections',
      String(EMBEDDED_MAX_CONNECTIONS),
    ],
    cwd: options.root,
    env: process.env,
    onLine: (line) => {
      if (line.startsWith(READY)) onReady(JSON.parse(line.slice(READY.length)).url);
    },
  });
  const timeoutMs = options.timeoutMs ?? 120_000;
  const outcome = await Promise.race([
    ready.then((url) => ({ url: /** @type {string} */ (url) })),
    child.exited.then((exit) => ({
      error: `embedded Postgres exited (code ${exit.code}) before it was ready`,
    })),
    new Promise((resolve) => setTimeout(resolve, timeoutMs)).then(() => ({
      error: 'embedded Postgres was not ready in time',
    })),
  ]);
  if ('error' in outcome) {
    await stopChild(child);
    throw new Error(outcome.error);
  }
  return { url: outcome.url, child };
}
