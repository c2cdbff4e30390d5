import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AdminApiEnv } from './env.js';
import { RedisConnection, type RedisProfile } from './io/redis.js';
import { DatabaseModule } from './modules/database/database.module.js';
import { ADMIN_API_ENV, LOGGER, REDIS_PROFILE } from './tokens.js';

export type CoreModuleOptions = { env: AdminApiEnv; logger: Logger; redisProfile: RedisProfile };

/** What both the HTTP API and the workers need: env, logger, Postgres and Redis. */
@Module({})
export class CoreModule {
  static forRoot({ env, logger, redisProfile }: CoreModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      global: true,
      imports: [DatabaseModule],
      providers: [
        { provide: ADMIN_API_ENV, useValue: env },
        { provide: LOGGER, useValue: logger },
        { provide: REDIS_PROFILE, useValue: redisProfile },
        RedisConnection,
      ],
      exports: [ADMIN_API_ENV, LOGGER, RedisConnection, DatabaseModule],
    };
  }
}
