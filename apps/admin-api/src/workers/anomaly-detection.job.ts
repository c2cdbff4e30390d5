import { Inject, Injectable } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import type { Logger } from 'pino';
import {
  ANOMALY_BASELINE_DAYS,
  dailyWindowEnds,
  detectUsageAnomalies,
  QUEUE_NAMES,
  type AnomalyFinding,
} from '@gatehouse/shared';
import { AlertDeliveryService } from '../modules/alert-delivery/alert-delivery.service.js';
import { LOGGER } from '../tokens.js';
import { AnomalyUsageRepository } from './anomaly-usage.repository.js';
import { buildAnomalyAlert } from './build-anomaly-alert.js';
import type { WorkerContext, WorkerJob } from './worker-job.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Five past every hour, so the hour just closed is in the rollups. */
export const ANOMALY_DETECTION_CRON = '5 * * * *';
/** At boot, whole days this far back are scanned (alerts are deduplicated, so reruns are free). */
export const ANOMALY_BACKFILL_DAYS = 30;
const SCHEDULER_ID = 'anomaly-detection';

export type AnomalyRun = { findings: AnomalyFinding[]; raised: number };

/**
 * Anomaly detection on per-application cost, tokens and error rate (robust z-score against the
 * same span of the previous 14 days, packages/shared/src/anomaly): hourly on the day so far, and
 * a scan over whole past days at boot or on demand. Findings become deduplicated alerts with
 * their evidence, delivered to the org's channels.
 */
@Injectable()
export class AnomalyDetectionJob implements WorkerJob {
  readonly name = 'anomaly-detection';
  private queue: Queue | null = null;
  private worker: Worker | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(AnomalyUsageRepository) private readonly usage: AnomalyUsageRepository,
    @Inject(AlertDeliveryService) private readonly delivery: AlertDeliveryService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** The hourly pass: today up to the last whole hour (at midnight, the whole of yesterday). */
  run(now = new Date()): Promise<AnomalyRun> {
    return this.evaluate([new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS)]);
  }

  /** Every whole UTC day in [from, to], each against its own trailing baseline. */
  scan(from: Date, to: Date): Promise<AnomalyRun> {
    return this.evaluate(dailyWindowEnds(from, to));
  }

  private async evaluate(windowEnds: readonly Date[]): Promise<AnomalyRun> {
    if (windowEnds.length === 0) return { findings: [], raised: 0 };
    const ends = windowEnds.map((d) => d.getTime());
    const from = new Date(
      Math.floor((Math.min(...ends) - 1) / DAY_MS) * DAY_MS - ANOMALY_BASELINE_DAYS * DAY_MS,
    );
    const points = await this.usage.hourlyUsage(from, new Date(Math.max(...ends)));
    const findings = detectUsageAnomalies(points, windowEnds);
    const apps = new Map(
      (await this.usage.applications([...new Set(findings.map((f) => f.applicationId))])).map(
        (a) => [a.id, a],
      ),
    );
    let raised = 0;
    for (const finding of findings) {
      const app = apps.get(finding.applicationId);
      if (app === undefined) continue;
      if ((await this.delivery.raise(buildAnomalyAlert(finding, app))).created) raised += 1;
    }
    if (raised > 0)
      this.logger.info({ raised, findings: findings.length }, 'anomaly alerts raised');
    return { findings, raised };
  }

  async start({ redis, prefix }: WorkerContext): Promise<void> {
    const now = Date.now();
    const safely = (work: () => Promise<AnomalyRun>) => () =>
      void work().catch((error: unknown) =>
        this.logger.error({ err: (error as Error).message }, 'anomaly detection failed'),
      );
    safely(() => this.scan(new Date(now - ANOMALY_BACKFILL_DAYS * DAY_MS), new Date(now)))();
    if (redis === null) {
      this.timer = setInterval(
        safely(() => this.run()),
        HOUR_MS,
      );
      this.timer.unref();
      return;
    }
    this.queue = new Queue(QUEUE_NAMES.anomalyDetection, { connection: redis, prefix });
    await this.queue.upsertJobScheduler(
      SCHEDULER_ID,
      { pattern: ANOMALY_DETECTION_CRON, tz: 'UTC' },
      { name: SCHEDULER_ID, data: {}, opts: { attempts: 3, removeOnComplete: 100 } },
    );
    this.worker = new Worker(QUEUE_NAMES.anomalyDetection, () => this.run(), {
      connection: redis,
      prefix,
      concurrency: 1,
    });
    this.worker.on('error', (error) =>
      this.logger.warn({ err: error.message }, 'anomaly detection worker error'),
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
