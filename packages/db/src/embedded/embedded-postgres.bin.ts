#!/usr/bin/env node
// Launcher run by scripts/start.mjs in its own child process:
//   node packages/db/dist/embedded/embedded-postgres.bin.js --data-dir .data/pglite [--port 0]
// Prints one line `EMBEDDED_POSTGRES_READY {"url":...}` on stdout once it accepts connections.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseEmbeddedArgs } from './parse-embedded-args.js';
import { startEmbeddedPostgres } from './start-embedded-postgres.js';

const READY_MARKER = 'EMBEDDED_POSTGRES_READY';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// Two PGlite processes on one data directory would corrupt it, so a pid file guards it.
async function claimDataDir(pidFile: string): Promise<void> {
  const previous = Number.parseInt(await readFile(pidFile, 'utf8').catch(() => ''), 10);
  if (Number.isInteger(previous) && previous !== process.pid && isAlive(previous)) {
    throw new Error(
      `embedded-postgres: ${pidFile} says pid ${previous} already serves this data directory; stop it first`,
    );
  }
  await mkdir(dirname(pidFile), { recursive: true });
  await writeFile(pidFile, String(process.pid));
}

async function main(): Promise<void> {
  const args = parseEmbeddedArgs(process.argv.slice(2));
  const pidFile = `${args.dataDir.replace(/\/+$/, '')}.pid`;
  await claimDataDir(pidFile);
  const server = await startEmbeddedPostgres(args);
  process.stdout.write(
    `${READY_MARKER} ${JSON.stringify({ url: server.url, port: server.port, maxConnections: server.maxConnections })}\n`,
  );
  let stopping = false;
  const shutdown = (): void => {
    if (stopping) return;
    stopping = true;
    void server
      .stop()
      .catch((error: unknown) => console.error('embedded-postgres: stop failed', error))
      .finally(() => rm(pidFile, { force: true }).finally(() => process.exit(0)));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
