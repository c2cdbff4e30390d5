import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { CoreModule } from './core.module.js';
import type { AdminApiEnv } from './env.js';
import { HealthModule } from './modules/health/health.module.js';

/** Root of the HTTP API. Env and logger are built before Nest starts. */
@Module({})
export class AppModule {
  static forRoot(env: AdminApiEnv, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot({ env, logger, redisProfile: 'commands' }), HealthModule],
    };
  }
}
