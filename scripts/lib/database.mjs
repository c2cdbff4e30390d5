// Database steps shared by `npm start` and the test harness: create, migrate, seed, drop.
import pg from 'pg';
import { runChild } from './children.mjs';

/**
 * Replaces the database name of a Postgres URL.
 * @param {string} url
 * @param {string} database
 */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * `gatehouse_test_<time>_<random>`: unique per run, recognisable, and never the dev database.
 * @param {number} now
 * @param {string} random
 */
export function testDatabaseName(now, random) {
  return `gatehouse_test_${now}_${random.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
}

export const TEST_DATABASE_PATTERN = /^gatehouse_test_[0-9]+_[a-z0-9]+$/;

/**
 * Creates the database if missing and applies every migration, through @gatehouse/db.
 * @param {string} databaseUrl
 */
export async function migrateDatabase(databaseUrl) {
  // A variable specifier keeps the scripts' typecheck from walking all of packages/db; plain Node
  // loads dist/index.js, vitest (the e2e harness) the `source` condition's src/index.ts.
  const specifier = '@gatehouse/db';
  const db = /** @type {Record<string, unknown>} */ (await import(specifier));
  const { ensureDatabase, migrateDeploy } = db;
  if (typeof ensureDatabase !== 'function' || typeof migrateDeploy !== 'function') {
    throw new Error('@gatehouse/db must export ensureDatabase(url) and migrateDeploy(url); rebuild packages/db');
  }
  await ensureDatabase(databaseUrl);
  await migrateDeploy(databaseUrl);
}

/**
 * Runs the idempotent seed CLI (`npm run seed -w @gatehouse/db`) with the given env.
 * @param {{ root: string, env: NodeJS.ProcessEnv }} options
 */
export async function seedDatabase(options) {
  await runChild({
    name: 'seed',
    color: 'gray',
    command: 'npm',
    args: ['run', '--silent', 'seed', '-w', '@gatehouse/db'],
    cwd: options.root,
    env: options.env,
  });
}

/**
 * Creates a fresh, uniquely named database on the server of `serverUrl` and returns its URL.
 * @param {string} serverUrl any URL on the server (its database is only used to connect)
 * @param {string} name
 */
export async function createDatabase(serverUrl, name) {
  if (!TEST_DATABASE_PATTERN.test(name)) throw new Error(`refusing to create ${name}: not a test database name`);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return withDatabase(serverUrl, name);
}

/**
 * Drops a test database, disconnecting its sessions. Refuses any name that is not a test database,
 * so the dev database `gatehouse` can never be dropped from here.
 * @param {string} serverUrl
 * @param {string} name
 */
export async function dropTestDatabase(serverUrl, name) {
  if (!TEST_DATABASE_PATTERN.test(name)) throw new Error(`refusing to drop ${name}: not a test database name`);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
