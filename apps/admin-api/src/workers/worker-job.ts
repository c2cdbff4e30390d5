import type { Redis } from 'ioredis';

/** What a job of the worker process needs from it. */
export type WorkerContext = {
  /** The worker process's BullMQ-profile Redis connection, ready; null in single-node mode. */
  redis: Redis | null;
  /** BullMQ key prefix (`bullmqPrefix(env.REDIS_KEY_PREFIX)`). */
  prefix: string;
};

/**
 * One job kind of the worker process (apps/admin-api/src/workers/*.job.ts). The host starts every
 * job in table order once Redis is ready (at once in single-node mode) and stops them in reverse.
 */
export type WorkerJob = {
  readonly name: string;
  start(context: WorkerContext): Promise<void>;
  stop(): Promise<void>;
};

/** Injection token of the job table (workers.module.ts). */
export const WORKER_JOBS = Symbol('WORKER_JOBS');
