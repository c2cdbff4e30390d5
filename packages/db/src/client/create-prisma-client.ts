import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';

export type CreatePrismaClientOptions = {
  /** Pool size; keep it at or under the server's limit (PGlite serves few connections). */
  maxConnections?: number;
  /** Name shown in pg_stat_activity, to tell the processes apart. */
  applicationName?: string;
};

/**
 * A Prisma 7 client over node-postgres (the query compiler runs as WebAssembly, so no native
 * engine is needed at run time). The caller owns it and calls `$disconnect()` when done.
 */
export function createPrismaClient(databaseUrl: string, options: CreatePrismaClientOptions = {}) {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: options.maxConnections ?? 10,
    application_name: options.applicationName ?? 'gatehouse',
    connectionTimeoutMillis: 5_000,
  });
  return new PrismaClient({ adapter });
}

export type DbClient = ReturnType<typeof createPrismaClient>;
