// Vitest globalSetup of the e2e project: the real stack, as `npm start` runs it, on its own fresh
// database, its own Redis logical db and free ports; seeded; stopped and dropped afterwards.
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { createDatabase, dropTestDatabase, testDatabaseName } from '../lib/database.mjs';
import { parseStartEnv } from '../lib/env.mjs';
import { freePort } from '../lib/ports.mjs';
import { probeRedis } from '../lib/probe.mjs';
import { completeDevSecrets } from '../lib/secrets.mjs';
import { startStack } from '../lib/stack.mjs';
import { flushRedisDb, pickEmptyRedisDb, withRedisDb } from '../lib/test-redis.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const serverUrl =
  process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisServerUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function chooseRedis(): Promise<{ url: string; db: number | null }> {
  if (!(await probeRedis(redisServerUrl))) return { url: redisServerUrl, db: null };
  const db = await pickEmptyRedisDb(redisServerUrl);
  return { url: withRedisDb(redisServerUrl, db), db };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const name = testDatabaseName(Date.now(), randomBytes(4).toString('hex'));
  const databaseUrl = await createDatabase(serverUrl, name);
  const redis = await chooseRedis();
  const ports = {
    gateway: await freePort(),
    adminApi: await freePort(),
    portal: await freePort(),
    mockProvider: await freePort(),
  };
  const parsed = parseStartEnv({
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
    SINGLE_NODE: redis.db === null ? 'true' : undefined,
  });
  if (!parsed.ok) throw new Error(parsed.message);
  const cleanup = async (): Promise<void> => {
    await dropTestDatabase(serverUrl, name);
    if (redis.db !== null) await flushRedisDb(redisServerUrl, redis.db);
  };
  let stack;
  try {
    stack = await startStack({
      root,
      env: parsed.env,
      secrets: completeDevSecrets({}).secrets,
      ports,
      allowEmbedded: false,
      embeddedDataDir: join(root, '.data/pglite'),
      skipBuild: process.env.GATEHOUSE_SKIP_BUILD === 'true',
    });
  } catch (error) {
    await cleanup();
    throw error;
  }
  const { urls, info } = stack;
  const provided = {
    databaseUrl,
    redisUrl: redis.url,
    portalUrl: urls.portal,
    gatewayUrl: urls.gateway,
    adminApiUrl: urls.adminApi,
    mockProviderUrl: urls.mockProvider,
    adminEmail: info.admin.email,
    adminPassword: info.admin.password,
    demoKey: info.keys.demo,
    trialKey: info.keys.trial,
  } as const;
  for (const [key, value] of Object.entries(provided))
    project.provide(key as keyof typeof provided, value);
  Object.assign(process.env, {
    E2E_PORTAL_URL: urls.portal,
    E2E_GATEWAY_URL: urls.gateway,
    E2E_ADMIN_API_URL: urls.adminApi,
    E2E_MOCK_PROVIDER_URL: urls.mockProvider,
    E2E_ADMIN_EMAIL: info.admin.email,
    E2E_ADMIN_PASSWORD: info.admin.password,
    E2E_DEMO_KEY: info.keys.demo,
    E2E_TRIAL_KEY: info.keys.trial,
  });

  return async () => {
    await stack.stop();
    await cleanup();
  };
}
