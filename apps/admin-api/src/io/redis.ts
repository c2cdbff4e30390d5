import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { RedisConnection as ManagedRedis, type RedisProfile } from '@gatehouse/service-kit';
import type { Logger } from 'pino';
import type { AdminApiEnv } from '../env.js';
import { ADMIN_API_ENV, LOGGER, REDIS_PROFILE } from '../tokens.js';

export type { RedisProfile };

/**
 * The process's Redis connection (API: `commands` profile; workers: `bullmq`). Never awaited at
 * boot, never fatal: an outage is logged once per transition and reported by /readyz.
 */
@Injectable()
export class RedisConnection
  extends ManagedRedis
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  constructor(
    @Inject(ADMIN_API_ENV) env: AdminApiEnv,
    @Inject(REDIS_PROFILE) profile: RedisProfile,
    @Inject(LOGGER) logger: Logger,
  ) {
    super({
      url: env.SINGLE_NODE ? null : env.REDIS_URL,
      profile,
      logger,
      singleNodeMessage: 'single-node mode: Redis disabled',
    });
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }
}
