import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { bullmqPrefix } from '@gatehouse/shared';
import type { AdminApiEnv } from '../env.js';
import { RedisConnection } from '../io/redis.js';
import { ADMIN_API_ENV, LOGGER } from '../tokens.js';
import { WORKER_JOBS, type WorkerJob } from './worker-job.js';

const HEARTBEAT_MS = 60_000;

/**
 * Starts the worker process's jobs and stops them on shutdown. BullMQ classes get the connection
 * only once it is ready (BullMQ remembers a failed first connect for the life of an object), so
 * with Redis down at boot the jobs start when it comes up. A heartbeat keeps the process alive
 * and visible in single-node mode, where there is no queue.
 */
@Injectable()
export class WorkerHostService implements OnApplicationBootstrap, OnApplicationShutdown {
  private heartbeat: NodeJS.Timeout | undefined;
  private started: WorkerJob[] = [];
  private stopping = false;

  constructor(
    @Inject(WORKER_JOBS) private readonly jobs: readonly WorkerJob[],
    @Inject(RedisConnection) private readonly redis: RedisConnection,
    @Inject(ADMIN_API_ENV) private readonly env: AdminApiEnv,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.heartbeat = setInterval(() => this.logger.debug('workers alive'), HEARTBEAT_MS);
    const client = this.redis.client;
    if (client === null) {
      this.logger.info(
        'single-node mode: no job queues; the gateway writes usage straight to Postgres',
      );
      void this.startJobs(null);
      return;
    }
    if (client.status === 'ready') void this.startJobs(client);
    else {
      this.logger.info('workers: waiting for Redis before starting the job queues');
      client.once('ready', () => void this.startJobs(client));
    }
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    this.stopping = true;
    clearInterval(this.heartbeat);
    for (const job of [...this.started].reverse()) {
      await job
        .stop()
        .catch((error: unknown) =>
          this.logger.error({ job: job.name, err: String(error) }, 'worker job failed to stop'),
        );
    }
    this.started = [];
    this.logger.info({ signal }, 'workers stopped');
  }

  private async startJobs(redis: Redis | null): Promise<void> {
    const context = { redis, prefix: bullmqPrefix(this.env.REDIS_KEY_PREFIX) };
    for (const job of this.jobs) {
      if (this.stopping) return;
      try {
        await job.start(context);
        this.started.push(job);
      } catch (error) {
        this.logger.error(
          { job: job.name, err: error instanceof Error ? error.message : String(error) },
          'worker job failed to start',
        );
      }
    }
    this.logger.info({ jobs: this.started.map((job) => job.name) }, 'worker jobs started');
  }
}
