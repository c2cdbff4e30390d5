import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { GatewayEnv } from '../env.js';
import type { ComponentState } from '../health/summarize-readiness.js';
import { GATEWAY_ENV, LOGGER } from '../tokens.js';

const CONNECT_TIMEOUT_MS = 1_000;
const PING_TIMEOUT_MS = 500;

// Keep reconnecting forever (Redis may come back), backing off up to 5 s between tries.
function retryDelay(attempt: number): number {
  return Math.min(attempt * 250, 5_000);
}

/**
 * The gateway's Redis connection. Boot never waits for it and never fails on it: when Redis
 * is down the gateway logs the transition once and keeps serving. In single-node mode there
 * is no client at all.
 */
@Injectable()
export class RedisConnection implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly client: Redis | null;
  private reported: 'up' | 'down' | undefined;

  constructor(
    @Inject(GATEWAY_ENV) env: GatewayEnv,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.client = env.SINGLE_NODE ? null : this.createClient(env.REDIS_URL);
  }

  onApplicationBootstrap(): void {
    if (!this.client) {
      this.logger.info('single-node mode: Redis disabled, limits and cache are per process');
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

  private createClient(url: string): Redis {
    const client = new Redis(url, {
      lazyConnect: true,
      connectTimeout: CONNECT_TIMEOUT_MS,
      maxRetriesPerRequest: 1,
      // Fail commands at once while disconnected instead of queueing them unboundedly.
      enableOfflineQueue: false,
      retryStrategy: retryDelay,
    });
    client.on('ready', () => this.report('up'));
    client.on('error', (error: Error) => this.report('down', error));
    return client;
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
