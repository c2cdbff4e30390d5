import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readMigrationsList } from './read-migrations-list.js';
import { withDatabase } from './with-database.js';
import { withSchemaEngine } from './with-schema-engine.js';

export type DiffPaths = { migrationsDir: string; schemaPath: string };

/** The SQL that takes a database from the end of the migrations folder to schema.prisma, or null if none. */
export type SchemaDiff = { sql: string | null };

/**
 * `prisma migrate diff --from-migrations <dir> --to-schema <schema> --script`, through the
 * WebAssembly engine. Replaying the migrations needs a shadow database, created (and dropped) on the
 * server of `databaseUrl`; the engine connects to that server's `postgres` database, so the
 * database named in the URL need not exist and is never read or changed.
 */
export async function diffMigrationsToSchema(
  databaseUrl: string,
  paths: DiffPaths,
): Promise<SchemaDiff> {
  const migrationsList = await readMigrationsList(paths.migrationsDir);
  const schema = {
    files: [
      { path: path.basename(paths.schemaPath), content: await readFile(paths.schemaPath, 'utf8') },
    ],
  };
  // exitCode: true makes the engine report 2 for "there is a difference" and 0 for "none".
  const result = await withSchemaEngine(withDatabase(databaseUrl, 'postgres'), (engine) =>
    engine.diff({
      from: { tag: 'migrations', ...migrationsList },
      to: { tag: 'schemaDatamodel', ...schema },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    }),
  );
  return { sql: result.exitCode === 2 ? (result.stdout ?? '') : null };
}
