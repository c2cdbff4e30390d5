import { Inject, Injectable } from '@nestjs/common';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Logger } from 'pino';
import { z } from 'zod';
import { QUEUE_NAMES } from '@gatehouse/shared';
import { AlertDeliveryService } from '../modules/alert-delivery/alert-delivery.service.js';
import { LOGGER } from '../tokens.js';
import type { WorkerContext, WorkerJob } from './worker-job.js';

const deliveryJobSchema = z.object({ alertId: z.uuid(), channelId: z.uuid() });

/** Retries of one webhook delivery: 2 s, 4 s, 8 s, … (about four minutes in all). */
export const DELIVERY_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: 1_000,
  removeOnFail: 5_000,
} as const;

/**
 * The webhook delivery queue: gives AlertDeliveryService a queue to put deliveries on and consumes
 * them (one signed POST per job; a failure is retried with backoff). Starts before the jobs that
 * raise alerts. Single-node mode: no queue, the service delivers in process.
 */
@Injectable()
export class AlertDeliveryJob implements WorkerJob {
  readonly name = 'alert-delivery';
  private queue: Queue | null = null;
  private worker: Worker | null = null;

  constructor(
    @Inject(AlertDeliveryService) private readonly delivery: AlertDeliveryService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async start({ redis, prefix }: WorkerContext): Promise<void> {
    if (redis === null) {
      this.delivery.useQueue(null);
      return;
    }
    const queue = new Queue(QUEUE_NAMES.alertDelivery, { connection: redis, prefix });
    this.queue = queue;
    this.delivery.useQueue({
      add: async (job) => {
        await queue.add('deliver', job, {
          ...DELIVERY_JOB_OPTIONS,
          jobId: `${job.alertId}.${job.channelId}`,
        });
      },
    });
    this.worker = new Worker(
      QUEUE_NAMES.alertDelivery,
      async (job) => {
        const parsed = deliveryJobSchema.safeParse(job.data);
        if (!parsed.success) throw new UnrecoverableError('malformed delivery job');
        return this.delivery.deliver(parsed.data);
      },
      { connection: redis, prefix, concurrency: 4 },
    );
    this.worker.on('failed', (job, error) =>
      this.logger.warn(
        { jobId: job?.id, attempts: job?.attemptsMade, err: error.message },
        'webhook delivery failed',
      ),
    );
    this.worker.on('error', (error) =>
      this.logger.warn({ err: error.message }, 'alert delivery worker error'),
    );
  }

  async stop(): Promise<void> {
    this.delivery.useQueue(null);
    await this.worker?.close();
    await this.queue?.close();
    this.worker = null;
    this.queue = null;
  }
}
