// Authoring migrations offline: the WebAssembly engine's diff between the migrations folder
// (replayed in a shadow database) and schema.prisma.
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigration } from './create-migration.js';
import { diffMigrationsToSchema } from './diff-migrations-to-schema.js';
import { ensureDatabase } from './ensure-database.js';
import { migrateDeploy } from './migrate-deploy.js';
import { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH } from './migrations-paths.js';
import { withDatabase } from './with-database.js';

const serverUrl = withDatabase(
  process.env.TEST_DATABASE_SERVER_URL ??
    process.env.DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/postgres',
  'postgres',
);
const name = `gatehouse_test_${Date.now()}_new${randomBytes(3).toString('hex')}`;
const databaseUrl = withDatabase(serverUrl, name);
const now = new Date('2099-01-02T03:04:05Z');
let work: string;

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const shadowDatabases = () =>
  query<{ datname: string }>(
    serverUrl,
    `SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'`,
  );

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'gatehouse-author-'));
  await cp(DEFAULT_MIGRATIONS_DIR, path.join(work, 'migrations'), { recursive: true });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await query(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe('authoring migrations offline', () => {
  it('finds schema.prisma and the committed migrations in agreement', async () => {
    const diff = await diffMigrationsToSchema(databaseUrl, {
      migrationsDir: DEFAULT_MIGRATIONS_DIR,
      schemaPath: DEFAULT_SCHEMA_PATH,
    });
    expect(diff).toEqual({ sql: null });
  });

  it('writes nothing when there is nothing to migrate, and an empty draft on request', async () => {
    const paths = { migrationsDir: path.join(work, 'migrations'), schemaPath: DEFAULT_SCHEMA_PATH };
    expect(await createMigration({ ...paths, databaseUrl, name: 'noop', now })).toBeNull();
    const draft = await createMigration({
      ...paths,
      databaseUrl,
      name: 'Hand Written',
      now,
      draft: true,
    });
    expect(draft).toEqual({
      name: '20990102030405_hand_written',
      sql: '-- This is an empty migration.\n',
    });
    await rm(path.join(work, 'migrations', '20990102030405_hand_written'), { recursive: true });
  });

  it('writes the SQL for a schema change as a new folder that deploy then applies', async () => {
    const schemaPath = path.join(work, 'schema.prisma');
    const schema = await readFile(DEFAULT_SCHEMA_PATH, 'utf8');
    await writeFile(
      schemaPath,
      `${schema}\nmodel ZzProbe {\n  id    Int    @id @default(autoincrement())\n  label String @unique\n}\n`,
    );
    const shadowsBefore = await shadowDatabases();

    const created = await createMigration({
      migrationsDir: path.join(work, 'migrations'),
      schemaPath,
      databaseUrl,
      name: 'add probe',
      now,
    });

    expect(created?.name).toBe('20990102030405_add_probe');
    const written = await readFile(
      path.join(work, 'migrations', '20990102030405_add_probe', 'migration.sql'),
      'utf8',
    );
    expect(written).toBe(created?.sql);
    expect(written).toContain('CREATE TABLE "ZzProbe" (');
    expect(written).toContain('CREATE UNIQUE INDEX "ZzProbe_label_key" ON "ZzProbe"("label");');
    // Only the new model: nothing about the partitioned ledger or the other tables.
    expect(written.match(/^(CREATE|ALTER|DROP) /gm)).toEqual(['CREATE ', 'CREATE ']);
    expect(await shadowDatabases()).toEqual(shadowsBefore);

    await ensureDatabase(databaseUrl);
    const { applied } = await migrateDeploy(databaseUrl, {
      migrationsDir: path.join(work, 'migrations'),
    });
    const folders = (await readdir(path.join(work, 'migrations'), { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(applied).toEqual(folders);
    expect(applied.at(-1)).toBe('20990102030405_add_probe');
    expect(await query(databaseUrl, `SELECT count(*)::int AS n FROM "ZzProbe"`)).toEqual([
      { n: 0 },
    ]);
  });
});
