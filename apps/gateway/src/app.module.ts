import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import type { GatewayEnv } from './env.js';
import { HealthController } from './health/health.controller.js';
import { RedisConnection } from './io/redis.js';
import { GATEWAY_ENV, LOGGER } from './tokens.js';

export type GatewayModuleOptions = { env: GatewayEnv; logger: Logger };

/** Root module. Env and logger are built before Nest starts, so a bad env never gets this far. */
@Module({})
export class AppModule {
  static forRoot({ env, logger }: GatewayModuleOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      controllers: [HealthController],
      providers: [
        { provide: GATEWAY_ENV, useValue: env },
        { provide: LOGGER, useValue: logger },
        RedisConnection,
      ],
      exports: [GATEWAY_ENV, LOGGER, RedisConnection],
    };
  }
}
