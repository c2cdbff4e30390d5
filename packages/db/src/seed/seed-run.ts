import type { DbClient } from '../client/create-prisma-client.js';

/** What seedDemo needs besides the database. */
export type SeedOptions = {
  /** 32-byte AES key (ENCRYPTION_KEY) sealing provider credentials. */
  encryptionKey: Uint8Array;
  adminEmail: string;
  adminPassword: string;
  /** The Demo App's key; generated (and shown once) when absent. */
  demoKey?: string | undefined;
  /** The Trial App's key; generated (and shown once) when absent. */
  trialKey?: string | undefined;
  /** Base URL of apps/mock-provider; provider base URLs are built on it. */
  mockProviderUrl: string;
  /** Usage history ends the day before this instant (UTC). */
  now: Date;
  /** Days of usage history (default 60); 0 skips usage. */
  usageDays?: number;
};

/** Rows written by one run, per table ("created" new rows, "updated" rows brought back in line). */
export type SeedCounts = Record<string, number>;

/** The state one seed run threads through its steps. */
export type SeedRun = {
  prisma: DbClient;
  options: SeedOptions;
  created: SeedCounts;
  updated: SeedCounts;
};

function bump(counts: SeedCounts, table: string, by = 1): void {
  if (by > 0) counts[table] = (counts[table] ?? 0) + by;
}

export const countCreated = (run: SeedRun, table: string, by = 1) => bump(run.created, table, by);
export const countUpdated = (run: SeedRun, table: string, by = 1) => bump(run.updated, table, by);

/**
 * Returns the row `find` finds, or creates it. Seeded rows are created once and then left alone,
 * so a second run changes nothing and an admin's later edits survive a re-seed.
 */
export async function ensureRow<T>(
  run: SeedRun,
  table: string,
  find: () => Promise<T | null>,
  create: () => Promise<T>,
): Promise<T> {
  const existing = await find();
  if (existing !== null) return existing;
  const row = await create();
  countCreated(run, table);
  return row;
}
