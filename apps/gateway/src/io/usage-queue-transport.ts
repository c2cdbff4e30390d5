import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { QUEUE_NAMES, type UsageBatchMessage } from '@gatehouse/shared';
import type { UsageBatch, UsageTransport } from './usage-sink.js';

export const USAGE_JOB_NAME = 'usage-batch';

/**
 * Options of every usage job. The worker throws on database errors and BullMQ retries: 12 attempts
 * 1 s apart doubling (about an hour in all) ride out a Postgres restart. Completed jobs are kept
 * briefly so a batch re-sent after a lost reply is still recognised by its job id (the ledger's
 * primary key makes it harmless anyway); failed ones are kept for a week for inspection and retry.
 */
export const USAGE_JOB_OPTIONS = {
  attempts: 12,
  backoff: { type: 'exponential', delay: 1_000, jitter: 0.2 },
  removeOnComplete: { age: 600, count: 200 },
  removeOnFail: { age: 7 * 86_400 },
} as const satisfies JobsOptions;

/**
 * Sends usage batches as BullMQ jobs, one job per batch with the batch id as job id. Uses its own
 * fail-fast Redis connection (no offline queue), so a large batch never waits in line with rate
 * limit scripts on the request path, and an outage shows as an immediate error the sink buffers on.
 */
export class UsageQueueTransport implements UsageTransport {
  private queue: Queue<UsageBatchMessage> | null = null;

  constructor(
    private readonly client: Redis,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {}

  available(): boolean {
    return this.client.status === 'ready';
  }

  async send(batch: UsageBatch): Promise<number> {
    const queue = (this.queue ??= this.createQueue());
    try {
      await queue.add(
        USAGE_JOB_NAME,
        { batchId: batch.batchId, events: batch.events },
        { ...USAGE_JOB_OPTIONS, jobId: batch.batchId },
      );
      return 0;
    } catch (error) {
      await this.discardIfBroken(queue);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.queue?.close().catch(() => undefined);
    await this.client.quit().catch(() => this.client.disconnect());
  }

  private createQueue(): Queue<UsageBatchMessage> {
    const queue = new Queue<UsageBatchMessage>(QUEUE_NAMES.usage, {
      connection: this.client,
      prefix: this.prefix,
    });
    // Connection errors also reach the sink through failed sends; log them at debug only.
    queue.on('error', (error: Error) => this.logger.debug({ err: error.message }, 'usage queue'));
    return queue;
  }

  // BullMQ remembers a failed initialisation (e.g. Redis down at the first send) for the life of
  // the Queue object; start over with a new one next time.
  private async discardIfBroken(queue: Queue<UsageBatchMessage>): Promise<void> {
    // An initialisation still waiting for Redis is not broken: give it a moment, then keep it.
    const stillWaiting = new Promise<boolean>((resolve) =>
      setTimeout(resolve, 1_000, true).unref(),
    );
    const ready = await Promise.race([
      queue.waitUntilReady().then(
        () => true,
        () => false,
      ),
      stillWaiting,
    ]);
    if (ready || this.queue !== queue) return;
    this.queue = null;
    await queue.close().catch(() => undefined);
  }
}
