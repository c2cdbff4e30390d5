import { writeUsageBatch, type DbClient } from '@gatehouse/db';
import { decodeUsageEventMessage, parseUsageBatch } from '@gatehouse/shared';
import type { Logger } from 'pino';
import type { UsageBatch, UsageTransport } from './usage-sink.js';

/**
 * Single-node mode (no Redis): batches go straight into the ledger with the same idempotent
 * writer the admin-api worker uses. A Postgres error fails the send and the sink retries the
 * batch; malformed events are refused here (logged by index and reason, never retried) so one of
 * them cannot hold back its batch forever.
 */
export class UsageDatabaseTransport implements UsageTransport {
  constructor(
    private readonly prisma: DbClient,
    private readonly logger: Logger,
    private readonly ownsClient: boolean,
  ) {}

  available(): boolean {
    return true;
  }

  async send(batch: UsageBatch): Promise<number> {
    const parsed = parseUsageBatch(batch);
    if (!parsed.ok) throw new Error(`usage batch ${batch.batchId} is malformed: ${parsed.issues}`);
    for (const bad of parsed.malformed) {
      this.logger.error(
        { batchId: batch.batchId, index: bad.index, issues: bad.issues },
        'usage: malformed event refused',
      );
    }
    await writeUsageBatch(this.prisma, parsed.events.map(decodeUsageEventMessage));
    return parsed.malformed.length;
  }

  async close(): Promise<void> {
    if (this.ownsClient) await this.prisma.$disconnect();
  }
}
