export { createPrismaClient } from './client/create-prisma-client.js';
export type { CreatePrismaClientOptions, DbClient } from './client/create-prisma-client.js';
export { Prisma, PrismaClient } from './generated/prisma/client.js';
export * from './generated/prisma/enums.js';
export type * from './generated/prisma/models.js';
export {
  ensureDatabase,
  migrateDeploy,
  migrateStatus,
  resolveMigration,
  createMigration,
  diffMigrationsToSchema,
} from './migrate/index.js';
export type {
  MigrateDeployOptions,
  MigrationStatus,
  CreateMigrationInput,
  SchemaDiff,
} from './migrate/index.js';
export { seedDemo } from './seed/seed-demo.js';
export type { SeedOptions, SeedResult } from './seed/seed-demo.js';
export { writeUsageBatch } from './repositories/write-usage-batch.js';
export type { WriteUsageBatchResult } from './repositories/write-usage-batch.js';
export { ensureUsagePartitions } from './repositories/ensure-usage-partitions.js';
export { isDataError } from './repositories/is-data-error.js';
export { loadSnapshotRows } from './repositories/load-snapshot-rows.js';
export type { LoadSnapshotRowsOptions } from './repositories/load-snapshot-rows.js';
export { readConfigVersions } from './repositories/read-config-versions.js';
export { writeUsageBatchIsolating } from './repositories/write-usage-batch-isolating.js';
export type { RefusedUsageEvent } from './repositories/write-usage-batch-isolating.js';
