import type { DbClient } from '../client/create-prisma-client.js';

/**
 * Creates the missing monthly UsageEvent partitions for `months` months starting with the UTC month
 * of `from` (the ledger migration's `gatehouse_ensure_usage_partitions`: idempotent, safe to run
 * concurrently). Returns how many partitions it created.
 */
export async function ensureUsagePartitions(
  prisma: DbClient,
  from: Date,
  months: number,
): Promise<number> {
  const day = from.toISOString().slice(0, 10);
  const [row] = await prisma.$queryRaw<Array<{ created: number }>>`
    SELECT gatehouse_ensure_usage_partitions(${day}::date, ${months}::integer) AS created`;
  return row?.created ?? 0;
}
