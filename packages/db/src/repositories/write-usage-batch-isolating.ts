import type { UsageLedgerEvent } from '@gatehouse/shared';
import type { DbClient } from '../client/create-prisma-client.js';
import { isDataError } from './is-data-error.js';
import { writeUsageBatch, type WriteUsageBatchResult } from './write-usage-batch.js';

/** An event Postgres refused for its data: its position in the batch and Postgres's reason. */
export type RefusedUsageEvent = { index: number; issues: string };

/**
 * writeUsageBatch, but a batch Postgres refuses for its data (SQLSTATE class 22/23: a value the
 * validation let through, e.g. a timestamp out of range) is written again one event at a time, so
 * only the offending events are refused instead of the whole batch failing on every retry.
 * Connection, lock and server errors are thrown, for the caller to retry.
 */
export async function writeUsageBatchIsolating(
  prisma: DbClient,
  events: readonly UsageLedgerEvent[],
): Promise<WriteUsageBatchResult & { refused: RefusedUsageEvent[] }> {
  try {
    return { ...(await writeUsageBatch(prisma, events)), refused: [] };
  } catch (error) {
    if (!isDataError(error)) throw error;
  }
  const total = { inserted: 0, duplicates: 0, refused: [] as RefusedUsageEvent[] };
  for (const [index, event] of events.entries()) {
    try {
      const one = await writeUsageBatch(prisma, [event]);
      total.inserted += one.inserted;
      total.duplicates += one.duplicates;
    } catch (error) {
      if (!isDataError(error)) throw error;
      total.refused.push({ index, issues: error instanceof Error ? error.message : String(error) });
    }
  }
  return total;
}
