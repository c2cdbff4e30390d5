import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm/schema_engine_bg';

const LOCKFILE = 'migration_lock.toml';
const SCRIPT = 'migration.sql';

/**
 * Reads a Prisma migrations folder into the engine's MigrationList exactly as the stock CLI does
 * (prisma@7.10.1, `listMigrations`): every sub-directory, sorted by name with localeCompare, its
 * migration.sql read as UTF-8 (a missing file becomes an error entry the engine reports), and the
 * lock file's content or null. The engine checksums the script text it is given, so reading it the
 * same way is what makes our `_prisma_migrations.checksum` values match the CLI's.
 */
export async function readMigrationsList(migrationsDir: string): Promise<MigrationList> {
  const lockContent = await readFile(path.join(migrationsDir, LOCKFILE), 'utf8').catch(() => null);
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const directories = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map(async (entry) => ({
        path: entry.name,
        migrationFile: {
          path: SCRIPT,
          content: await readFile(path.join(migrationsDir, entry.name, SCRIPT), 'utf8').then(
            (value) => ({ tag: 'ok' as const, value }),
            (error: unknown) => ({
              tag: 'error' as const,
              value: error instanceof Error ? error.message : String(error),
            }),
          ),
        },
      })),
  );
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: lockContent },
    migrationDirectories: directories.sort((a, b) => a.path.localeCompare(b.path)),
    shadowDbInitScript: '',
  };
}
