// Offline migrate deploy from zero against a fresh database: schema, ledger partitions,
// append-only triggers, idempotence, stock-compatible `_prisma_migrations` bookkeeping.
import { createHash, randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureDatabase } from './ensure-database.js';
import { migrateDeploy } from './migrate-deploy.js';
import { migrateStatus, resolveMigration } from './migrate-status.js';
import { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH } from './migrations-paths.js';
import { withDatabase } from './with-database.js';

// Our own database on the integration run's server (globalSetup exports the run's DATABASE_URL).
const serverUrl = withDatabase(
  process.env.TEST_DATABASE_SERVER_URL ??
    process.env.DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/postgres',
  'postgres',
);
const name = `gatehouse_test_${Date.now()}_mig${randomBytes(3).toString('hex')}`;
const databaseUrl = withDatabase(serverUrl, name);
const db = new pg.Client({ connectionString: databaseUrl });

async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await db.query(sql, params)).rows as T[];
}

async function runSql(sql: string): Promise<void> {
  await db.query(sql);
}

function monthName(now: Date, offset: number): string {
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  return `UsageEvent_${month.getUTCFullYear()}_${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
}

const migrationFolders = (await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

let firstRun: { applied: string[] };
const connections: string[] = [];

beforeAll(async () => {
  expect(await ensureDatabase(databaseUrl)).toBe(true);
  expect(await ensureDatabase(databaseUrl)).toBe(false);
  // Record every outgoing socket while migrating: only the Postgres server may be contacted.
  const recorder = vi.spyOn(net.Socket.prototype, 'connect');
  try {
    firstRun = await migrateDeploy(databaseUrl);
  } finally {
    for (const [first, second] of recorder.mock.calls as unknown[][]) {
      connections.push(
        typeof first === 'object' && first !== null
          ? JSON.stringify(first)
          : `${String(second)}:${String(first)}`,
      );
    }
    recorder.mockRestore();
  }
  await db.connect();
});

afterAll(async () => {
  await db.end().catch(() => undefined);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

describe('migrateDeploy from zero', () => {
  it('applies every migration folder, in order, touching nothing but the database server', () => {
    expect(migrationFolders.length).toBeGreaterThanOrEqual(2);
    expect(firstRun.applied).toEqual(migrationFolders);
    const server = new URL(serverUrl);
    expect(connections.length).toBeGreaterThan(0);
    for (const target of connections) expect(target).toContain(server.port || '5432');
  });

  it('creates a table for every model in schema.prisma, and nothing else', async () => {
    const schema = await readFile(DEFAULT_SCHEMA_PATH, 'utf8');
    const models = [...schema.matchAll(/^model (\w+) \{/gm)].map((match) => match[1]).sort();
    const tables = await rows<{ relname: string }>(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> '_prisma_migrations'
       ORDER BY c.relname`,
    );
    expect(tables.map((t) => t.relname)).toEqual(models);
  });

  it('creates every unique constraint and index the migrations name', async () => {
    const sql = (
      await Promise.all(
        migrationFolders.map((f) =>
          readFile(path.join(DEFAULT_MIGRATIONS_DIR, f, 'migration.sql'), 'utf8'),
        ),
      )
    ).join('\n');
    const named = [...sql.matchAll(/CREATE (UNIQUE )?INDEX "([^"]+)"/g)].map((m) => ({
      name: m[2],
      unique: Boolean(m[1]),
    }));
    expect(named.length).toBeGreaterThan(20);
    const present = await rows<{ relname: string; indisunique: boolean }>(
      `SELECT c.relname, i.indisunique FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid`,
    );
    const byName = new Map(present.map((p) => [p.relname, p.indisunique]));
    for (const index of named)
      expect([index.name, byName.get(index.name ?? '')]).toEqual([index.name, index.unique]);
    const keyHash = await rows<{ def: string }>(
      `SELECT indexdef AS def FROM pg_indexes WHERE indexname = 'ApiKey_keyHash_key'`,
    );
    expect(keyHash[0]?.def).toBe(
      'CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON public."ApiKey" USING btree ("keyHash")',
    );
    const pk = await rows<{ def: string }>(
      `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'UsageEvent_pkey' AND contype = 'p'`,
    );
    expect(pk.map((r) => r.def)).toEqual(['PRIMARY KEY ("occurredAt", "requestId")']);
  });

  it('partitions UsageEvent by month, from 3 months back to 12 ahead, plus a default', async () => {
    const now = new Date();
    const expected = [
      ...Array.from({ length: 16 }, (_, i) => monthName(now, i - 3)),
      'UsageEvent_default',
    ].sort();
    const parts = await rows<{ name: string }>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
       WHERE i.inhparent = '"UsageEvent"'::regclass ORDER BY 1`,
    );
    expect(parts.map((p) => p.name)).toEqual(expected);
    const strategy = await rows<{ partstrat: string }>(
      `SELECT partstrat FROM pg_partitioned_table WHERE partrelid = '"UsageEvent"'::regclass`,
    );
    expect(strategy).toEqual([{ partstrat: 'r' }]);
    const [created] = await rows<{ n: number }>(
      `SELECT gatehouse_ensure_usage_partitions(current_date, 14) AS n`,
    );
    expect(created?.n).toBe(1);
    const [again] = await rows<{ n: number }>(
      `SELECT gatehouse_ensure_usage_partitions(current_date, 14) AS n`,
    );
    expect(again?.n).toBe(0);
  });

  it('routes a usage row to its month partition', async () => {
    await runSql(`INSERT INTO "UsageEvent" ("occurredAt", "requestId", "orgId", endpoint, "httpStatus", outcome, "latencyMs")
      VALUES (now(), 'req-route', gen_random_uuid(), '/v1/chat/completions', 200, 'SUCCESS', 12)`);
    const [row] = await rows<{ part: string }>(
      `SELECT tableoid::regclass::text AS part FROM "UsageEvent" WHERE "requestId" = 'req-route'`,
    );
    expect(row?.part).toBe(`"${monthName(new Date(), 0)}"`);
  });
});

describe('append-only tables', () => {
  beforeAll(async () => {
    await runSql(
      `INSERT INTO "AuditLog" ("orgId", "actorType", action, "resourceType") VALUES (gen_random_uuid(), 'SYSTEM', 'test', 'test')`,
    );
    await runSql(`INSERT INTO "UsageEvent" ("occurredAt", "requestId", "orgId", endpoint, "httpStatus", outcome, "latencyMs")
      VALUES (now(), 'req-ao', gen_random_uuid(), '/v1/x', 200, 'SUCCESS', 1), ('1990-01-01', 'req-old', gen_random_uuid(), '/v1/x', 200, 'SUCCESS', 1)`);
  });

  const thisMonth = monthName(new Date(), 0);
  const attempts = [
    ['UPDATE AuditLog', `UPDATE "AuditLog" SET action = 'changed'`, 'AuditLog', 'UPDATE'],
    ['DELETE AuditLog', `DELETE FROM "AuditLog"`, 'AuditLog', 'DELETE'],
    ['TRUNCATE AuditLog', `TRUNCATE "AuditLog"`, 'AuditLog', 'TRUNCATE'],
    // Through the parent, the row trigger fires on whichever partition holds the first row.
    [
      'UPDATE UsageEvent',
      `UPDATE "UsageEvent" SET "latencyMs" = 2`,
      'UsageEvent_(\\d{4}_\\d{2}|default)',
      'UPDATE',
    ],
    [
      'DELETE UsageEvent',
      `DELETE FROM "UsageEvent"`,
      'UsageEvent_(\\d{4}_\\d{2}|default)',
      'DELETE',
    ],
    ['TRUNCATE UsageEvent', `TRUNCATE "UsageEvent"`, 'UsageEvent', 'TRUNCATE'],
    ['UPDATE a month partition', `UPDATE "${thisMonth}" SET "latencyMs" = 2`, thisMonth, 'UPDATE'],
    [
      'DELETE from the default partition',
      `DELETE FROM "UsageEvent_default"`,
      'UsageEvent_default',
      'DELETE',
    ],
    ['TRUNCATE a month partition', `TRUNCATE "${thisMonth}"`, thisMonth, 'TRUNCATE'],
    [
      'TRUNCATE the default partition',
      `TRUNCATE "UsageEvent_default"`,
      'UsageEvent_default',
      'TRUNCATE',
    ],
  ] as const;

  it.each(attempts)('rejects %s', async (_label, sql, table, op) => {
    await expect(runSql(sql)).rejects.toThrow(
      new RegExp(`^table "${table}" is append-only: ${op} is not allowed$`),
    );
  });

  it('kept every row', async () => {
    const [audit] = await rows<{ n: string }>(`SELECT count(*) AS n FROM "AuditLog"`);
    const [usage] = await rows<{ n: string }>(
      `SELECT count(*) AS n FROM "UsageEvent" WHERE "requestId" IN ('req-ao', 'req-old')`,
    );
    expect([audit?.n, usage?.n]).toEqual(['1', '2']);
  });
});

describe('bookkeeping', () => {
  it('applies nothing the second time', async () => {
    expect(await migrateDeploy(databaseUrl)).toEqual({ applied: [] });
  });

  it('records each migration in _prisma_migrations as the stock CLI does', async () => {
    const recorded = await rows<{
      migration_name: string;
      checksum: string;
      finished: boolean;
      rolled_back_at: null;
      applied_steps_count: number;
      logs: null;
    }>(
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at, applied_steps_count, logs
       FROM _prisma_migrations ORDER BY started_at, migration_name`,
    );
    const expected = await Promise.all(
      migrationFolders.map(async (folder) => ({
        migration_name: folder,
        // The schema engine's checksum: SHA-256 of the migration.sql bytes, lowercase hex.
        checksum: createHash('sha256')
          .update(await readFile(path.join(DEFAULT_MIGRATIONS_DIR, folder, 'migration.sql')))
          .digest('hex'),
        finished: true,
        rolled_back_at: null,
        applied_steps_count: 1,
        logs: null,
      })),
    );
    expect(recorded).toEqual(expected);
  });

  it('records a failing migration as failed, refuses to deploy (P3009), and recovers after resolve', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gatehouse-migrations-'));
    try {
      await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
      await mkdir(path.join(dir, '29990101000000_broken'));
      await writeFile(
        path.join(dir, '29990101000000_broken', 'migration.sql'),
        'CREATE TABLE "Broken" (id int);\nSELECT no_such_function();\n',
      );
      await expect(migrateDeploy(databaseUrl, { migrationsDir: dir })).rejects.toThrow(
        /no_such_function/,
      );
      const [failed] = await rows<{ finished_at: Date | null; logs: string | null }>(
        `SELECT finished_at, logs FROM _prisma_migrations WHERE migration_name = '29990101000000_broken'`,
      );
      expect(failed?.finished_at).toBeNull();
      expect(failed?.logs).toContain('no_such_function');
      // The whole script ran as one transaction, so its first statement was rolled back too.
      expect(await rows(`SELECT 1 FROM pg_class WHERE relname = 'Broken'`)).toEqual([]);
      await expect(migrateDeploy(databaseUrl, { migrationsDir: dir })).rejects.toThrow(
        /P3009|failed migrations/,
      );
      expect(await migrateStatus(databaseUrl, dir)).toEqual({
        pending: [],
        failed: ['29990101000000_broken'],
        edited: [],
        unknownToFolder: [],
      });

      // Recovery, as with `prisma migrate resolve --rolled-back`: fix the script, mark it rolled back, deploy.
      await writeFile(
        path.join(dir, '29990101000000_broken', 'migration.sql'),
        'CREATE TABLE "Broken" (id int);\n',
      );
      await resolveMigration(databaseUrl, { rolledBack: '29990101000000_broken' }, dir);
      expect(await migrateDeploy(databaseUrl, { migrationsDir: dir })).toEqual({
        applied: ['29990101000000_broken'],
      });
      expect(await migrateStatus(databaseUrl, dir)).toEqual({
        pending: [],
        failed: [],
        edited: [],
        unknownToFolder: [],
      });
      // Against the real folder, the extra applied migration is reported as unknown to it.
      expect((await migrateStatus(databaseUrl)).unknownToFolder).toEqual(['29990101000000_broken']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
