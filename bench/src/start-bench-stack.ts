import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startChild, stopChild } from '../../scripts/lib/children.mjs';
import { createDatabase, dropTestDatabase, testDatabaseName } from '../../scripts/lib/database.mjs';
import { parseStartEnv } from '../../scripts/lib/env.mjs';
import { waitForHttp } from '../../scripts/lib/health.mjs';
import { freePort } from '../../scripts/lib/ports.mjs';
import { completeDevSecrets } from '../../scripts/lib/secrets.mjs';
import { startStack } from '../../scripts/lib/stack.mjs';
import { flushRedisDb, pickEmptyRedisDb, withRedisDb } from '../../scripts/lib/test-redis.mjs';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

export type BenchStack = {
  urls: { mock: string; gateway: string; portkey: string };
  demoKey: string;
  databaseUrl: string;
  stop(): Promise<void>;
};

const serverUrl =
  process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisServerUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Gatehouse as `npm start` runs it (built dist, real Postgres and Redis, the ledger worker), on a
 * throwaway database and an empty Redis db, plus Portkey's gateway, all in front of one mock.
 */
export async function startBenchStack(): Promise<BenchStack> {
  const name = testDatabaseName(Date.now(), randomBytes(4).toString('hex'));
  const databaseUrl = await createDatabase(serverUrl, name);
  const redisDb = await pickEmptyRedisDb(redisServerUrl);
  const cleanups: Array<() => Promise<void>> = [
    () => dropTestDatabase(serverUrl, name),
    () => flushRedisDb(redisServerUrl, redisDb),
  ];
  const stop = async (): Promise<void> => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    const ports = {
      gateway: await freePort(),
      adminApi: await freePort(),
      portal: await freePort(),
      mockProvider: await freePort(),
    };
    const parsed = parseStartEnv({
      DATABASE_URL: databaseUrl,
      REDIS_URL: withRedisDb(redisServerUrl, redisDb),
      LOG_LEVEL: 'warn',
    });
    if (!parsed.ok) throw new Error(parsed.message);
    const stack = await startStack({
      root: repoRoot,
      env: parsed.env,
      secrets: completeDevSecrets({}).secrets,
      ports,
      allowEmbedded: false,
      embeddedDataDir: join(repoRoot, '.data/pglite'),
      skipBuild: process.env.GATEHOUSE_SKIP_BUILD === 'true',
      services: ['mock-provider', 'worker', 'gateway'],
    });
    cleanups.push(() => stack.stop());
    const portkey = await startPortkey();
    cleanups.push(portkey.stop);
    return {
      urls: { mock: stack.urls.mockProvider, gateway: stack.urls.gateway, portkey: portkey.url },
      demoKey: stack.info.keys.demo,
      databaseUrl,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function startPortkey(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = startChild({
    name: 'portkey',
    color: 'gray',
    command: process.execPath,
    args: [
      // Node 20 compatibility for Portkey's stream relay (see the shim's comment).
      '--import',
      join(repoRoot, 'bench/src/portkey-node20-shim.mjs'),
      join(repoRoot, 'node_modules/@portkey-ai/gateway/build/start-server.js'),
      `--port=${port}`,
      '--headless',
    ],
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production' },
    quiet: true,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/`, { isAlive: () => child.alive, timeoutMs: 60_000 });
  return { url, stop: () => stopChild(child) };
}
