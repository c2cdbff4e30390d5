import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { RedisConnection as ManagedRedis } from '@gatehouse/service-kit';
import type { Logger } from 'pino';
import type { GatewayEnv } from '../env.js';
import { GATEWAY_ENV, LOGGER } from '../tokens.js';

/**
 * The gateway's Redis connection: never awaited at boot, never fatal. When Redis is down the
 * gateway logs the transition once and keeps serving; single-node mode has no client at all.
 */
@Injectable()
export class RedisConnection
  extends ManagedRedis
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  constructor(@Inject(GATEWAY_ENV) env: GatewayEnv, @Inject(LOGGER) logger: Logger) {
    super({
      url: env.SINGLE_NODE ? null : env.REDIS_URL,
      profile: 'commands',
      logger,
      singleNodeMessage: 'single-node mode: Redis disabled, limits and cache are per process',
    });
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }
}
