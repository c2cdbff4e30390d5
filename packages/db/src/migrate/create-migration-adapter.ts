import { PrismaPg } from '@prisma/adapter-pg';
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { retypeCharColumnsOf } from './retype-char-columns.js';
import { withDatabase } from './with-database.js';

export type MigrationAdapter = SqlMigrationAwareDriverAdapterFactory & {
  /** Ends every pool this factory opened (the schema engine does not always dispose them). */
  close(): Promise<void>;
};

// One connection per pool: the engine takes a session-level advisory lock (pg_advisory_lock) before
// applying migrations, which only means something if every later statement runs on that session.
// It also keeps us within PGlite's small connection limit.
function openPool(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 1,
    application_name: 'gatehouse-migrate',
  });
  pool.on('connect', (client) => {
    retypeCharColumnsOf(client);
    // pool.end() resolves before sockets finish closing, so dropping the shadow database WITH
    // (FORCE) can still terminate one (57P01). A query's own errors reach its caller; an error on
    // a connection we are discarding is not actionable, and unheard it would crash the process.
    client.on('error', () => {});
  });
  return pool;
}

function toDriverError(error: unknown): DriverAdapterError {
  const e = error instanceof pg.DatabaseError ? error : undefined;
  return new DriverAdapterError({
    kind: 'postgres',
    code: e?.code ?? 'UNKNOWN',
    severity: e?.severity ?? 'ERROR',
    message: error instanceof Error ? error.message : String(error),
    detail: e?.detail,
    column: e?.column,
    hint: e?.hint,
  });
}

// adapter-pg's executeScript splits the script on every ";" (breaking `$$ … ; … $$` function bodies)
// and runs the pieces one by one. The native engine sends a migration as one simple-protocol query,
// which Postgres runs as one implicit transaction; do the same.
async function adapt(pool: pg.Pool, onDispose: () => Promise<void>): Promise<SqlDriverAdapter> {
  const inner = await new PrismaPg(pool).connect();
  return {
    provider: inner.provider,
    adapterName: '@gatehouse/db migrate (adapter-pg)',
    queryRaw: (query) => inner.queryRaw(query),
    executeRaw: (query) => inner.executeRaw(query),
    startTransaction: (isolationLevel) => inner.startTransaction(isolationLevel),
    getConnectionInfo: () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    executeScript: async (script) => {
      await pool.query(script).catch((error: unknown) => {
        throw toDriverError(error);
      });
    },
    dispose: async () => {
      await inner.dispose();
      await onDispose();
    },
  };
}

/**
 * A migration-aware driver adapter for the WebAssembly schema engine, over node-postgres. The
 * shadow database (used only when authoring migrations) is created on the same server and dropped
 * when the engine disposes of it or when close() runs.
 */
export function createMigrationAdapter(databaseUrl: string): MigrationAdapter {
  const cleanups = new Map<pg.Pool, () => Promise<void>>();
  const track = (pool: pg.Pool, extra: () => Promise<void> = async () => {}) => {
    const cleanup = async () => {
      if (!cleanups.delete(pool)) return;
      await pool.end();
      await extra();
    };
    cleanups.set(pool, cleanup);
    return cleanup;
  };
  return {
    provider: 'postgres',
    adapterName: '@gatehouse/db migrate (adapter-pg)',
    connect: async () => {
      const pool = openPool(databaseUrl);
      return adapt(pool, track(pool));
    },
    connectToShadowDb: async () => {
      const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
      await runOnce(databaseUrl, `CREATE DATABASE "${name}"`);
      const pool = openPool(withDatabase(databaseUrl, name));
      return adapt(
        pool,
        track(pool, () => runOnce(databaseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
      );
    },
    close: async () => {
      for (const cleanup of [...cleanups.values()]) await cleanup();
    },
  };
}

async function runOnce(databaseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    application_name: 'gatehouse-migrate',
  });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
