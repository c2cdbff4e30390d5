import type {} from '../../../../scripts/test/provided-context.js';
// Builds the alert jobs by hand on the run's database (no Nest container, no other jobs).
import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { inject } from 'vitest';
import { parseAdminApiEnv, type AdminApiEnv } from '../env.js';
import { AlertDeliveryService } from '../modules/alert-delivery/alert-delivery.service.js';
import { AlertsRepository } from '../modules/alert-delivery/alerts.repository.js';
import { DatabaseRepository } from '../modules/database/database.repository.js';
import { AlertDeliveryJob } from './alert-delivery.job.js';
import { AnomalyDetectionJob } from './anomaly-detection.job.js';
import { AnomalyUsageRepository } from './anomaly-usage.repository.js';
import { BudgetAlertsJob } from './budget-alerts.job.js';
import { BudgetSpendRepository } from './budget-spend.repository.js';

export type AlertJobs = {
  env: AdminApiEnv;
  database: DatabaseRepository;
  delivery: AlertDeliveryService;
  deliveryJob: AlertDeliveryJob;
  budgets: BudgetAlertsJob;
  anomalies: AnomalyDetectionJob;
  close: () => Promise<void>;
};

export function createAlertJobs(): AlertJobs {
  const parsed = parseAdminApiEnv({
    DATABASE_URL: inject('databaseUrl'),
    REDIS_URL: inject('redisUrl'),
    REDIS_KEY_PREFIX: inject('redisPrefix'),
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    AUTH_JWT_SECRET: 'test-only-session-secret-0123456789abcdef',
    LOG_LEVEL: 'silent',
  });
  if (!parsed.ok) throw new Error(parsed.message);
  const { env } = parsed;
  const logger = pino({ level: 'silent' });
  const database = new DatabaseRepository(env);
  const delivery = new AlertDeliveryService(new AlertsRepository(database), env, logger);
  const deliveryJob = new AlertDeliveryJob(delivery, logger);
  return {
    env,
    database,
    delivery,
    deliveryJob,
    budgets: new BudgetAlertsJob(new BudgetSpendRepository(database), delivery, logger),
    anomalies: new AnomalyDetectionJob(new AnomalyUsageRepository(database), delivery, logger),
    close: async () => {
      await deliveryJob.stop();
      await database.onApplicationShutdown();
    },
  };
}
