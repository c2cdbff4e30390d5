import { Module, type DynamicModule, type Type } from '@nestjs/common';
import type { Logger } from 'pino';
import { CoreModule } from '../core.module.js';
import type { AdminApiEnv } from '../env.js';
import { EnsureUsagePartitionsJob } from './ensure-usage-partitions.job.js';
import { UsageLedgerJob } from './usage-ledger.job.js';
import { AlertDeliveryJob } from './alert-delivery.job.js';
import { AlertWorkersModule } from './alert-workers.module.js';
import { AnomalyDetectionJob } from './anomaly-detection.job.js';
import { BudgetAlertsJob } from './budget-alerts.job.js';
import { WorkerHostService } from './worker-host.service.js';
import { WORKER_JOBS, type WorkerJob } from './worker-job.js';

/**
 * Every job of the worker process, started in this order and stopped in reverse. A new job is a
 * `*.job.ts` class implementing WorkerJob, joining with one line here.
 */
export const WORKER_JOB_TYPES: readonly Type<WorkerJob>[] = [
  EnsureUsagePartitionsJob,
  UsageLedgerJob,
  AlertDeliveryJob,
  BudgetAlertsJob,
  AnomalyDetectionJob,
];

/** Root of the worker process: same env, Postgres and Redis as the API, with BullMQ-ready Redis. */
@Module({})
export class WorkersModule {
  static forRoot(env: AdminApiEnv, logger: Logger): DynamicModule {
    return {
      module: WorkersModule,
      imports: [CoreModule.forRoot({ env, logger, redisProfile: 'bullmq' }), AlertWorkersModule],
      providers: [
        ...WORKER_JOB_TYPES,
        {
          provide: WORKER_JOBS,
          useFactory: (...jobs: WorkerJob[]) => jobs,
          inject: [...WORKER_JOB_TYPES],
        },
        WorkerHostService,
      ],
    };
  }
}
