export { ensureDatabase } from './ensure-database.js';
export { migrateDeploy, type MigrateDeployOptions } from './migrate-deploy.js';
export { createMigration, type CreateMigrationInput } from './create-migration.js';
export { diffMigrationsToSchema, type SchemaDiff } from './diff-migrations-to-schema.js';
export { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH } from './migrations-paths.js';
export { migrateStatus, resolveMigration, type MigrationStatus } from './migrate-status.js';
