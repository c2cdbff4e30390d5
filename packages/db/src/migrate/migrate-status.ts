import type { DiagnoseMigrationHistoryOutput } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { DEFAULT_MIGRATIONS_DIR } from './migrations-paths.js';
import { readMigrationsList } from './read-migrations-list.js';
import { withSchemaEngine } from './with-schema-engine.js';

export type MigrationStatus = {
  /** Folders not yet applied to the database. */
  pending: string[];
  /** Recorded as started but not finished: deploy refuses to run until resolved. */
  failed: string[];
  /** Applied, but their migration.sql has changed since (checksum mismatch). */
  edited: string[];
  /** Applied to the database, but missing from the folder. */
  unknownToFolder: string[];
};

function fromDiagnostic(output: DiagnoseMigrationHistoryOutput): MigrationStatus {
  const history = output.history;
  return {
    pending:
      history?.diagnostic === 'databaseIsBehind' || history?.diagnostic === 'historiesDiverge'
        ? history.unappliedMigrationNames
        : [],
    failed: output.failedMigrationNames,
    edited: output.editedMigrationNames,
    unknownToFolder:
      history?.diagnostic === 'migrationsDirectoryIsBehind' ||
      history?.diagnostic === 'historiesDiverge'
        ? history.unpersistedMigrationNames
        : [],
  };
}

/** `prisma migrate status`, offline: how the database's history compares with the folder. */
export async function migrateStatus(
  databaseUrl: string,
  migrationsDir = DEFAULT_MIGRATIONS_DIR,
): Promise<MigrationStatus> {
  const migrationsList = await readMigrationsList(migrationsDir);
  const output = await withSchemaEngine(databaseUrl, (engine) =>
    engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: { externalTables: [], externalEnums: [] },
    }),
  );
  return fromDiagnostic(output);
}

/**
 * `prisma migrate resolve --rolled-back <name>` or `--applied <name>`, offline: after fixing the
 * database by hand, tell the history that a failed migration was rolled back (deploy will then run
 * it again) or that its effect is in place (deploy will skip it).
 */
export async function resolveMigration(
  databaseUrl: string,
  resolution: { rolledBack: string } | { applied: string },
  migrationsDir = DEFAULT_MIGRATIONS_DIR,
): Promise<void> {
  if ('rolledBack' in resolution) {
    await withSchemaEngine(databaseUrl, (engine) =>
      engine.markMigrationRolledBack({ migrationName: resolution.rolledBack }),
    );
    return;
  }
  const migrationsList = await readMigrationsList(migrationsDir);
  await withSchemaEngine(databaseUrl, (engine) =>
    engine.markMigrationApplied({ migrationName: resolution.applied, migrationsList }),
  );
}
