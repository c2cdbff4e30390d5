import { Inject, Injectable } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import type { Logger } from 'pino';
import { BUDGET_SCOPE_TARGET, computeBudgetStatus, QUEUE_NAMES } from '@gatehouse/shared';
import { AlertDeliveryService } from '../modules/alert-delivery/alert-delivery.service.js';
import { LOGGER } from '../tokens.js';
import { BudgetSpendRepository } from './budget-spend.repository.js';
import { buildBudgetAlerts } from './build-budget-alerts.js';
import type { WorkerContext, WorkerJob } from './worker-job.js';

/** How often budgets are checked (rollups move as the ledger writer flushes). */
export const BUDGET_ALERTS_EVERY_MS = 5 * 60_000;
const SCHEDULER_ID = 'budget-alerts';

/**
 * Budget alerts: every enabled money budget, its spend this period from the hourly rollups,
 * each crossed threshold (50/80/100 by default) raised once per period and delivered to the
 * org's channels. BullMQ job scheduler; in-process timer in single-node mode.
 */
@Injectable()
export class BudgetAlertsJob implements WorkerJob {
  readonly name = 'budget-alerts';
  private queue: Queue | null = null;
  private worker: Worker | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(BudgetSpendRepository) private readonly budgets: BudgetSpendRepository,
    @Inject(AlertDeliveryService) private readonly delivery: AlertDeliveryService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** One pass over every budget; returns how many new alerts it raised. */
  async run(now = new Date()): Promise<number> {
    let raised = 0;
    for (const budget of await this.budgets.enabledBudgets()) {
      const target = BUDGET_SCOPE_TARGET[budget.scope];
      if (target !== null && budget[target] === null) continue;
      const input = { ...budget, amountMicros: budget.amountMicros };
      const window = computeBudgetStatus(input, 0n, now);
      const spent = await this.budgets.spentMicros(budget, window.periodStart, now);
      const status = computeBudgetStatus(input, spent, now);
      for (const alert of buildBudgetAlerts(budget, status, now))
        if ((await this.delivery.raise(alert)).created) raised += 1;
    }
    if (raised > 0) this.logger.info({ raised }, 'budget alerts raised');
    return raised;
  }

  async start({ redis, prefix }: WorkerContext): Promise<void> {
    const runSafely = () =>
      this.run().catch((error: unknown) =>
        this.logger.error({ err: (error as Error).message }, 'budget alerts run failed'),
      );
    if (redis === null) {
      void runSafely();
      this.timer = setInterval(() => void runSafely(), BUDGET_ALERTS_EVERY_MS);
      this.timer.unref();
      return;
    }
    this.queue = new Queue(QUEUE_NAMES.budgetAlerts, { connection: redis, prefix });
    await this.queue.upsertJobScheduler(
      SCHEDULER_ID,
      { every: BUDGET_ALERTS_EVERY_MS },
      { name: SCHEDULER_ID, data: {}, opts: { attempts: 2, removeOnComplete: 100 } },
    );
    this.worker = new Worker(QUEUE_NAMES.budgetAlerts, () => this.run(), {
      connection: redis,
      prefix,
      concurrency: 1,
    });
    this.worker.on('error', (error) =>
      this.logger.warn({ err: error.message }, 'budget alerts worker error'),
    );
  }

  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    await this.worker?.close();
    await this.queue?.close();
    this.worker = null;
    this.queue = null;
  }
}
