import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import type { Logger } from 'pino';
import { ensureUsagePartitions } from '@gatehouse/db';
import { QUEUE_NAMES } from '@gatehouse/shared';
import { DatabaseRepository } from '../modules/database/database.repository.js';
import { LOGGER } from '../tokens.js';
import type { WorkerContext, WorkerJob } from './worker-job.js';

/** This month and the next twelve: a year of partitions always exists ahead of the traffic. */
export const USAGE_PARTITION_MONTHS = 13;
/** 03:00 UTC on the 1st of every month (the run at boot covers the months in between). */
export const USAGE_PARTITIONS_CRON = '0 3 1 * *';
const SCHEDULER_ID = 'ensure-usage-partitions';
// Single-node mode has no BullMQ: a daily timer stands in for the monthly schedule.
const SINGLE_NODE_INTERVAL_MS = 86_400_000;

/**
 * Keeps monthly UsageEvent partitions created ahead of time, so ledger rows never land in the
 * DEFAULT partition (from which a month can no longer be split off: the ledger is append-only).
 * Runs at worker boot and then monthly as a BullMQ job scheduler (daily timer in single-node
 * mode); concurrent runs are safe.
 */
@Injectable()
export class EnsureUsagePartitionsJob implements WorkerJob, OnApplicationBootstrap {
  readonly name = 'ensure-usage-partitions';
  private queue: Queue | null = null;
  private worker: Worker | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(DatabaseRepository) private readonly database: DatabaseRepository,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Creates what is missing from this month on; returns how many partitions it created. */
  async run(now = new Date()): Promise<number> {
    const created = await ensureUsagePartitions(this.database.client, now, USAGE_PARTITION_MONTHS);
    this.logger.info({ created, months: USAGE_PARTITION_MONTHS }, 'usage partitions ensured');
    return created;
  }

  // The boot run needs Postgres only, so it does not wait for Redis like start() does.
  onApplicationBootstrap(): void {
    void this.run().catch((error: unknown) =>
      this.logger.error(
        { err: error instanceof Error ? error.message : String(error) },
        'usage partitions: boot run failed; the scheduled run will try again',
      ),
    );
  }

  async start({ redis, prefix }: WorkerContext): Promise<void> {
    if (redis === null) {
      this.timer = setInterval(
        () => void this.run().catch(() => undefined),
        SINGLE_NODE_INTERVAL_MS,
      );
      this.timer.unref();
      return;
    }
    this.queue = new Queue(QUEUE_NAMES.usagePartitions, { connection: redis, prefix });
    await this.queue.upsertJobScheduler(
      SCHEDULER_ID,
      { pattern: USAGE_PARTITIONS_CRON, tz: 'UTC' },
      {
        name: SCHEDULER_ID,
        data: {},
        opts: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } },
      },
    );
    this.worker = new Worker(QUEUE_NAMES.usagePartitions, () => this.run(), {
      connection: redis,
      prefix,
      concurrency: 1,
    });
    this.worker.on('error', (error) =>
      this.logger.warn({ err: error.message }, 'usage partitions worker error'),
    );
  }

  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    await this.worker?.close();
    await this.queue?.close();
    this.worker = null;
    this.queue = null;
  }
}
