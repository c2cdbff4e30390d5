// Redis housekeeping for test runs: a key prefix or a whole logical db per run, removed afterwards.
import { Redis } from 'ioredis';

/**
 * @param {string} url
 * @returns {Redis}
 */
function connect(url) {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2000,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  return client;
}

/**
 * Deletes every key under `prefix` (SCAN, never KEYS, so a shared Redis is not blocked).
 * Refuses an empty prefix or one that is not a test prefix.
 * @param {string} url
 * @param {string} prefix
 * @returns {Promise<number>} keys deleted
 */
export async function deleteKeysWithPrefix(url, prefix) {
  if (!/^gh-test-[a-z0-9]+:$/.test(prefix))
    throw new Error(`refusing to delete keys of ${JSON.stringify(prefix)}: not a test prefix`);
  const client = connect(url);
  await client.connect();
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) deleted += await client.del(...keys);
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
  return deleted;
}

/**
 * Picks an empty logical db (1..15) for a run that cannot use a key prefix (the whole stack).
 * @param {string} url
 * @returns {Promise<number>}
 */
export async function pickEmptyRedisDb(url) {
  const base = new URL(url);
  const candidates = Array.from({ length: 15 }, (_, index) => index + 1).sort(
    () => Math.random() - 0.5,
  );
  for (const db of candidates) {
    base.pathname = `/${db}`;
    const client = connect(base.toString());
    await client.connect();
    try {
      if ((await client.dbsize()) === 0) return db;
    } finally {
      client.disconnect();
    }
  }
  throw new Error('no empty Redis logical db (1..15) for the e2e run');
}

/**
 * Empties one logical db (never db 0, where dev data lives).
 * @param {string} url
 * @param {number} db
 */
export async function flushRedisDb(url, db) {
  if (db < 1) throw new Error('refusing to flush Redis db 0');
  const base = new URL(url);
  base.pathname = `/${db}`;
  const client = connect(base.toString());
  await client.connect();
  try {
    await client.flushdb();
  } finally {
    client.disconnect();
  }
}

/**
 * @param {string} url
 * @param {number} db
 */
export function withRedisDb(url, db) {
  const parsed = new URL(url);
  parsed.pathname = `/${db}`;
  return parsed.toString();
}
