import { Inject, Injectable } from '@nestjs/common';
import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { writeUsageBatchIsolating, type DbClient } from '@gatehouse/db';
import { decodeUsageEventMessage, parseUsageBatch, QUEUE_NAMES } from '@gatehouse/shared';
import type { AdminApiEnv } from '../env.js';
import { DatabaseRepository } from '../modules/database/database.repository.js';
import { ADMIN_API_ENV, LOGGER } from '../tokens.js';
import type { WorkerContext, WorkerJob } from './worker-job.js';

/** What one usage job did; stored by BullMQ as the job's return value. */
export type UsageJobResult = {
  inserted: number;
  duplicates: number;
  /** Events dead-lettered: failed validation, or refused by Postgres for their data. */
  deadLettered: number;
};

/** A dead-letter job: the events of one usage job that cannot be written, with the reasons. */
export type UsageDeadLetter = {
  sourceJobId: string;
  batchId: string | null;
  reason: string;
  events: Array<{ index: number; issues: string; event: unknown }>;
};

type Deps = {
  prisma: DbClient;
  logger: Logger;
  deadLetter: (entry: UsageDeadLetter) => Promise<void>;
};

/**
 * Handles one usage job: validates each event, dead-letters the malformed ones (never retried),
 * writes the rest idempotently. A database error is thrown, so BullMQ retries the job with
 * backoff; a retry rewrites nothing already stored.
 */
export async function processUsageJob(
  job: Pick<Job, 'id' | 'data'>,
  deps: Deps,
): Promise<UsageJobResult> {
  const sourceJobId = job.id ?? 'unknown';
  const parsed = parseUsageBatch(job.data);
  if (!parsed.ok) {
    deps.logger.error({ jobId: sourceJobId, issues: parsed.issues }, 'usage: malformed job');
    const event: unknown = job.data;
    await deps.deadLetter({
      sourceJobId,
      batchId: null,
      reason: 'malformed batch',
      events: [{ index: -1, issues: parsed.issues, event }],
    });
    return { inserted: 0, duplicates: 0, deadLettered: 1 };
  }
  const raw = (job.data as { events: unknown[] }).events;
  const written = await writeUsageBatchIsolating(
    deps.prisma,
    parsed.events.map(decodeUsageEventMessage),
  );
  // indexes of refused events are positions in parsed.events; map them back to the batch
  const malformedAt = new Set(parsed.malformed.map((m) => m.index));
  const validIndexes = raw.map((_, i) => i).filter((i) => !malformedAt.has(i));
  const refused = written.refused.map((r) => ({ ...r, index: validIndexes[r.index] ?? -1 }));
  const bad = [...parsed.malformed, ...refused];
  if (bad.length > 0) {
    deps.logger.error(
      { jobId: sourceJobId, batchId: parsed.batchId, count: bad.length, first: bad[0] },
      'usage: events dead-lettered',
    );
    await deps.deadLetter({
      sourceJobId,
      batchId: parsed.batchId,
      reason: 'malformed or refused events',
      events: bad.map((b) => ({ ...b, event: raw[b.index] })),
    });
  }
  return { inserted: written.inserted, duplicates: written.duplicates, deadLettered: bad.length };
}

export type UsageLedgerWorkerOptions = {
  connection: Redis;
  prefix: string;
  prisma: DbClient;
  logger: Logger;
  concurrency: number;
};

export type UsageLedgerWorker = {
  worker: Worker;
  stats(): { jobs: number; inserted: number; duplicates: number; deadLettered: number };
  close(): Promise<void>;
};

/** Starts consuming the usage queue (also used by tests, in process). */
export function startUsageLedgerWorker(options: UsageLedgerWorkerOptions): UsageLedgerWorker {
  const { connection, prefix, prisma, logger } = options;
  const deadLetters = new Queue<UsageDeadLetter>(QUEUE_NAMES.usageDeadLetter, {
    connection,
    prefix,
  });
  const totals = { jobs: 0, inserted: 0, duplicates: 0, deadLettered: 0 };
  const deadLetter = async (entry: UsageDeadLetter) => {
    // one dead-letter job per source job: a retried job does not dead-letter twice
    await deadLetters.add('dead-usage', entry, {
      jobId: `dead-${entry.sourceJobId}`,
      removeOnComplete: false,
      removeOnFail: false,
    });
  };
  const worker = new Worker(
    QUEUE_NAMES.usage,
    async (job: Job) => {
      const result = await processUsageJob(job, { prisma, logger, deadLetter });
      totals.jobs += 1;
      totals.inserted += result.inserted;
      totals.duplicates += result.duplicates;
      totals.deadLettered += result.deadLettered;
      return result;
    },
    { connection, prefix, concurrency: options.concurrency },
  );
  worker.on('failed', (job, error) =>
    logger.warn(
      { jobId: job?.id, attemptsMade: job?.attemptsMade, err: error.message },
      'usage: job failed, BullMQ retries it with backoff',
    ),
  );
  worker.on('error', (error) => logger.warn({ err: error.message }, 'usage worker error'));
  return {
    worker,
    stats: () => ({ ...totals }),
    close: async () => {
      await worker.close();
      await deadLetters.close();
    },
  };
}

/** The usage ledger consumer of the worker process. */
@Injectable()
export class UsageLedgerJob implements WorkerJob {
  readonly name = 'usage-ledger';
  private running: UsageLedgerWorker | null = null;

  constructor(
    @Inject(DatabaseRepository) private readonly database: DatabaseRepository,
    @Inject(ADMIN_API_ENV) private readonly env: AdminApiEnv,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async start({ redis, prefix }: WorkerContext): Promise<void> {
    if (redis === null) {
      this.logger.info(
        'usage-ledger: single-node mode, no queue to consume (the gateway writes usage to Postgres itself)',
      );
      return;
    }
    this.running = startUsageLedgerWorker({
      connection: redis,
      prefix,
      prisma: this.database.client,
      logger: this.logger,
      concurrency: this.env.USAGE_WORKER_CONCURRENCY,
    });
    this.logger.info(
      { queue: QUEUE_NAMES.usage, concurrency: this.env.USAGE_WORKER_CONCURRENCY },
      'usage-ledger: consuming',
    );
  }

  async stop(): Promise<void> {
    await this.running?.close();
    this.running = null;
  }
}
