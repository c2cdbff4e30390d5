// Vitest globalSetup of the integration project: a fresh database and Redis key prefix per run,
// migrated, handed to tests with inject('databaseUrl' | 'redisUrl' | 'redisPrefix'); removed after.
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import {
  createDatabase,
  dropTestDatabase,
  migrateDatabase,
  testDatabaseName,
} from '../lib/database.mjs';
import { deleteKeysWithPrefix } from '../lib/test-redis.mjs';

const serverUrl =
  process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const name = testDatabaseName(Date.now(), randomBytes(4).toString('hex'));
  const redisPrefix = `gh-test-${randomBytes(6).toString('hex')}:`;
  const databaseUrl = await createDatabase(serverUrl, name);
  try {
    await migrateDatabase(databaseUrl);
  } catch (error) {
    await dropTestDatabase(serverUrl, name);
    throw error;
  }
  // Workers start after globalSetup, so code reading env at import time sees these too.
  process.env.DATABASE_URL = databaseUrl;
  process.env.REDIS_URL = redisUrl;
  process.env.TEST_REDIS_PREFIX = redisPrefix;
  project.provide('databaseUrl', databaseUrl);
  project.provide('redisUrl', redisUrl);
  project.provide('redisPrefix', redisPrefix);

  return async () => {
    await dropTestDatabase(serverUrl, name);
    await deleteKeysWithPrefix(redisUrl, redisPrefix).catch((error: unknown) => {
      console.warn(
        `integration teardown: could not delete Redis keys ${redisPrefix}*: ${String(error)}`,
      );
    });
  };
}
