import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';
import type { AdminApiEnv } from '../env.js';
import type { ComponentState } from '../health/summarize-readiness.js';
import { ADMIN_API_ENV, LOGGER, REDIS_PROFILE } from '../tokens.js';

/**
 * How a connection behaves when Redis is slow or gone.
 * - `commands`: request path (config publish, counters); fail fast, never queue.
 * - `bullmq`: queue and worker connections; BullMQ requires `maxRetriesPerRequest: null`
 *   because workers hold blocking commands open and must survive reconnects.
 */
export type RedisProfile = 'commands' | 'bullmq';

const PROFILE_OPTIONS: Readonly<Record<RedisProfile, RedisOptions>> = {
  commands: { maxRetriesPerRequest: 1, enableOfflineQueue: false },
  bullmq: { maxRetriesPerRequest: null, enableOfflineQueue: true },
};

const PING_TIMEOUT_MS = 500;

/** A lazily connecting ioredis client that keeps retrying with a capped backoff. */
export function createRedisClient(url: string, profile: RedisProfile): Redis {
  return new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1_000,
    retryStrategy: (attempt) => Math.min(attempt * 250, 5_000),
    ...PROFILE_OPTIONS[profile],
  });
}

/**
 * The process's Redis connection. Boot never waits for it and never fails on it: an outage is
 * logged once per transition and reported by /readyz. Single-node mode has no client at all.
 */
@Injectable()
export class RedisConnection implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly client: Redis | null;
  private reported: 'up' | 'down' | undefined;

  constructor(
    @Inject(ADMIN_API_ENV) env: AdminApiEnv,
    @Inject(REDIS_PROFILE) profile: RedisProfile,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.client = env.SINGLE_NODE ? null : createRedisClient(env.REDIS_URL, profile);
    this.client?.on('ready', () => this.report('up'));
    this.client?.on('error', (error: Error) => this.report('down', error));
  }

  onApplicationBootstrap(): void {
    if (!this.client) {
      this.logger.info('single-node mode: Redis disabled');
      return;
    }
    // Lazy: start connecting, do not await; readiness reports the outcome.
    this.client.connect().catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.client) return;
    await this.client.quit().catch(() => this.client?.disconnect());
  }

  /** Live state for /readyz: a PING with a short timeout. */
  async probe(): Promise<ComponentState> {
    if (!this.client) return 'disabled';
    if (this.client.status !== 'ready') return 'down';
    const timeout = new Promise<'down'>((resolve) =>
      setTimeout(() => resolve('down'), PING_TIMEOUT_MS).unref(),
    );
    const ping = this.client.ping().then(
      (reply): ComponentState => (reply === 'PONG' ? 'up' : 'down'),
      (): ComponentState => 'down',
    );
    return Promise.race([ping, timeout]);
  }

  // Log state changes only, so a long outage is one line, not one per retry.
  private report(state: 'up' | 'down', error?: Error): void {
    if (this.reported === state) return;
    this.reported = state;
    if (state === 'up') this.logger.info('redis connected');
    else
      this.logger.warn(
        { err: { message: error?.message } },
        'redis unavailable, continuing without it',
      );
  }
}
