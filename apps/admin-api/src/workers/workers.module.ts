import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { CoreModule } from '../core.module.js';
import type { AdminApiEnv } from '../env.js';
import { WorkerHostService } from './worker-host.service.js';

/** Root of the worker process: same env, Postgres and Redis as the API, with BullMQ-ready Redis. */
@Module({})
export class WorkersModule {
  static forRoot(env: AdminApiEnv, logger: Logger): DynamicModule {
    return {
      module: WorkersModule,
      imports: [CoreModule.forRoot({ env, logger, redisProfile: 'bullmq' })],
      providers: [WorkerHostService],
    };
  }
}
