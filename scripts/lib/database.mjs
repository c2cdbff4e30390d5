// Database steps shared by `npm start` and the test harness: create, migrate, seed, drop.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Creates the database if missing and applies every migration, with the db package's CLI
 * (`npm run migrate -w @gatehouse/db`: ensureDatabase + migrateDeploy). It runs in a child process
 * on purpose: Prisma's WebAssembly schema engine keeps module-level state, and two vitest global
 * setups migrating in one process crashed it (invalid UTF-8 from the engine's memory).
 * @param {string} databaseUrl
 * @param {{ quiet?: boolean }} [options]
 */
export async function migrateDatabase(databaseUrl, options = {}) {
  await runChild({
    name: 'migrate',
    color: 'gray',
    command: 'npm',
    args: ['run', '--silent', 'migrate', '-w', '@gatehouse/db'],
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    quiet: options.quiet,
  });
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
  if (!TEST_DATABASE_PATTERN.test(name))
    throw new Error(`refusing to create ${name}: not a test database name`);
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
  if (!TEST_DATABASE_PATTERN.test(name))
    throw new Error(`refusing to drop ${name}: not a test database name`);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
