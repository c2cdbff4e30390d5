import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';
import type { ComponentState } from '@gatehouse/shared';

/**
 * How a connection behaves when Redis is slow or gone.
 * - `commands`: request path (limits, config publish, counters); fail fast, never queue.
 * - `bullmq`: queue and worker connections; BullMQ requires `maxRetriesPerRequest: null`
 *   because workers hold blocking commands open and must survive reconnects.
 */
export type RedisProfile = 'commands' | 'bullmq';

const PROFILE_OPTIONS: Readonly<Record<RedisProfile, RedisOptions>> = {
  commands: { maxRetriesPerRequest: 1, enableOfflineQueue: false },
  bullmq: { maxRetriesPerRequest: null, enableOfflineQueue: true },
};

const PING_TIMEOUT_MS = 500;

/** A lazily connecting ioredis client that keeps retrying (Redis may come back), capped at 5 s. */
export function createRedisClient(url: string, profile: RedisProfile): Redis {
  return new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1_000,
    retryStrategy: (attempt) => Math.min(attempt * 250, 5_000),
    ...PROFILE_OPTIONS[profile],
  });
}

export type RedisConnectionOptions = {
  /** null = single-node mode: no client at all. */
  url: string | null;
  profile: RedisProfile;
  logger: Logger;
  singleNodeMessage: string;
};

/**
 * A process's Redis connection. Boot never waits for it and never fails on it: an outage is
 * logged once per transition and reported by /readyz, and the process keeps serving.
 */
export class RedisConnection {
  readonly client: Redis | null;
  private reported: 'up' | 'down' | undefined;

  constructor(private readonly options: RedisConnectionOptions) {
    this.client = options.url === null ? null : createRedisClient(options.url, options.profile);
    this.client?.on('ready', () => this.report('up'));
    this.client?.on('error', (error: Error) => this.report('down', error));
  }

  /** Starts connecting without waiting; readiness reports the outcome. */
  start(): void {
    if (!this.client) {
      this.options.logger.info(this.options.singleNodeMessage);
      return;
    }
    this.client.connect().catch(() => undefined);
  }

  async close(): Promise<void> {
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
    if (state === 'up') this.options.logger.info('redis connected');
    else
      this.options.logger.warn(
        { err: { message: error?.message } },
        'redis unavailable, continuing without it',
      );
  }
}
