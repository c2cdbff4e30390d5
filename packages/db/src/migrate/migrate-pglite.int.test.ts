// The same deploy path against PGlite served over the wire protocol (what `npm start` falls back
// to when no Postgres answers): no Postgres server involved at all.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from '../embedded/start-embedded-postgres.js';
import { ensureDatabase } from './ensure-database.js';
import { migrateDeploy } from './migrate-deploy.js';
import { readMigrationsList } from './read-migrations-list.js';
import { DEFAULT_MIGRATIONS_DIR } from './migrations-paths.js';

let server: EmbeddedPostgres;

beforeAll(async () => {
  server = await startEmbeddedPostgres({ maxConnections: 4 });
});

afterAll(async () => {
  await server?.stop();
});

describe('migrateDeploy on PGlite', () => {
  it('applies every migration once, partitions the ledger and enforces append-only', async () => {
    const folders = (await readMigrationsList(DEFAULT_MIGRATIONS_DIR)).migrationDirectories.map(
      (d) => d.path,
    );
    expect(await ensureDatabase(server.url)).toBe(false);
    expect(await migrateDeploy(server.url)).toEqual({ applied: folders });
    expect(await migrateDeploy(server.url)).toEqual({ applied: [] });

    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const parts = await client.query(
        `SELECT count(*)::int AS n FROM pg_inherits WHERE inhparent = '"UsageEvent"'::regclass`,
      );
      expect(parts.rows).toEqual([{ n: 17 }]);
      await client.query(
        `INSERT INTO "AuditLog" ("orgId", "actorType", action, "resourceType") VALUES (gen_random_uuid(), 'SYSTEM', 'a', 'b')`,
      );
      await expect(client.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(
        'table "AuditLog" is append-only: DELETE is not allowed',
      );
      const recorded = await client.query(
        `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1`,
      );
      expect(recorded.rows.map((r: { migration_name: string }) => r.migration_name)).toEqual(
        folders,
      );
    } finally {
      await client.end();
    }
  });
});
