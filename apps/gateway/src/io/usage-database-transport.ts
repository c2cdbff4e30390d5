import { writeUsageBatchIsolating, type DbClient } from '@gatehouse/db';
import { decodeUsageEventMessage, parseUsageBatch } from '@gatehouse/shared';
import type { Logger } from 'pino';
import type { UsageBatch, UsageTransport } from './usage-sink.js';

/**
 * Single-node mode (no Redis): batches go straight into the ledger with the same idempotent
 * writer the admin-api worker uses. A connection or server error fails the send and the sink
 * retries the batch; events that fail validation or that Postgres refuses for their data are
 * logged (index and reason, not contents) and counted, never retried, so one of them cannot hold
 * back its batch forever. (Indexes of refused events count the valid events only.)
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
    const written = await writeUsageBatchIsolating(
      this.prisma,
      parsed.events.map(decodeUsageEventMessage),
    );
    const bad = [...parsed.malformed, ...written.refused];
    for (const { index, issues } of bad) {
      this.logger.error(
        { batchId: batch.batchId, index, issues },
        'usage: event refused, not billed',
      );
    }
    return bad.length;
  }

  async close(): Promise<void> {
    if (this.ownsClient) await this.prisma.$disconnect();
  }
}
