import { readMigrationsList } from './read-migrations-list.js';
import { DEFAULT_MIGRATIONS_DIR } from './migrations-paths.js';
import { withSchemaEngine, type EngineLog } from './with-schema-engine.js';

export type MigrateDeployOptions = {
  /** Defaults to packages/db/prisma/migrations. */
  migrationsDir?: string;
  /** Receives the engine's JSON log lines. */
  onLog?: EngineLog;
};

/**
 * `prisma migrate deploy` without the network: the same engine code (Prisma's schema engine, as
 * WebAssembly) applies every pending migration folder and records it in `_prisma_migrations`, under
 * the engine's advisory lock. It refuses to run while a failed migration is recorded (P3009), and a
 * migration that fails is recorded as failed, as with the stock CLI. Call ensureDatabase first.
 */
export async function migrateDeploy(
  databaseUrl: string,
  options: MigrateDeployOptions = {},
): Promise<{ applied: string[] }> {
  const migrationsList = await readMigrationsList(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const { appliedMigrationNames } = await withSchemaEngine(
    databaseUrl,
    (engine) =>
      engine.applyMigrations({
        migrationsList,
        filters: { externalTables: [], externalEnums: [] },
      }),
    options.onLog,
  );
  return { applied: appliedMigrationNames };
}
