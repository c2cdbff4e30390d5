import { Inject, Injectable } from '@nestjs/common';
import { decryptSecret } from '@gatehouse/shared';
import type { Logger } from 'pino';
import type { AdminApiEnv } from '../../env.js';
import { ADMIN_API_ENV, LOGGER } from '../../tokens.js';
import { AlertsRepository, type AlertInput, type AlertRow } from './alerts.repository.js';
import { SIGNATURE_HEADER, signWebhook } from './sign-webhook.js';

/** One webhook delivery: the alert to one channel. */
export type DeliveryJob = { alertId: string; channelId: string };
/** Where deliveries go when Redis is there (the BullMQ queue of AlertDeliveryJob). */
export type DeliveryQueue = { add(job: DeliveryJob): Promise<void> };

/** A receiver gets this long to answer before the attempt counts as failed. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
// Single-node mode has no queue: a few in-process retries stand in for BullMQ's.
const INLINE_RETRY_DELAYS_MS = [2_000, 10_000, 60_000];

/** The JSON a webhook receives. */
export function webhookPayload(alert: AlertRow) {
  return {
    type: 'alert.raised',
    alert: {
      id: alert.id,
      orgId: alert.orgId,
      kind: alert.kind,
      severity: alert.severity,
      title: alert.title,
      message: alert.message,
      evidence: alert.evidence,
      teamId: alert.teamId ?? null,
      applicationId: alert.applicationId ?? null,
      budgetId: alert.budgetId ?? null,
      createdAt: alert.createdAt.toISOString(),
    },
  };
}

/**
 * Raises alerts and delivers new ones. In-app delivery is the Alert row itself (the portal lists
 * it); each matching webhook channel gets a signed POST, queued in BullMQ (retried with backoff)
 * or, in single-node mode, sent in process with a few retries.
 */
@Injectable()
export class AlertDeliveryService {
  private queue: DeliveryQueue | null = null;

  constructor(
    @Inject(AlertsRepository) private readonly alerts: AlertsRepository,
    @Inject(ADMIN_API_ENV) private readonly env: AdminApiEnv,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  useQueue(queue: DeliveryQueue | null): void {
    this.queue = queue;
  }

  /** Raises the alert unless its dedupeKey exists; a new alert is dispatched to its channels. */
  async raise(input: AlertInput): Promise<{ alert: AlertRow; created: boolean }> {
    const result = await this.alerts.raise(input);
    if (result.created) await this.dispatch(result.alert);
    return result;
  }

  private async dispatch(alert: AlertRow): Promise<void> {
    const channels = await this.alerts.webhookChannels(alert.orgId, alert.kind);
    for (const channel of channels) {
      const job = { alertId: alert.id, channelId: channel.id };
      if (this.queue !== null) await this.queue.add(job);
      else void this.deliverInline(job);
    }
  }

  private async deliverInline(job: DeliveryJob): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.deliver(job);
        return;
      } catch (error) {
        const delay = INLINE_RETRY_DELAYS_MS[attempt];
        this.logger.warn({ ...job, attempt, err: (error as Error).message }, 'webhook failed');
        if (delay === undefined) return;
        await new Promise((resolve) => setTimeout(resolve, delay).unref());
      }
    }
  }

  /** One attempt; throws when the receiver fails or answers non-2xx (the queue retries). */
  async deliver(job: DeliveryJob, now = new Date()): Promise<number | null> {
    const [alert, channel] = await Promise.all([
      this.alerts.find(job.alertId),
      this.alerts.webhookChannel(job.channelId),
    ]);
    // Deleted or disabled since: nothing to deliver, and nothing to retry.
    if (alert === null || channel === null) return null;
    const body = JSON.stringify(webhookPayload(alert));
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'gatehouse-alerts/1',
      'x-gatehouse-event': 'alert.raised',
      'x-gatehouse-delivery': `${alert.id}.${channel.id}`,
    };
    if (channel.secretEnc !== null)
      headers[SIGNATURE_HEADER] = signWebhook(
        decryptSecret(channel.secretEnc, this.env.ENCRYPTION_KEY),
        body,
        now,
      );
    const response = await fetch(channel.url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`webhook ${channel.id} answered ${response.status}`);
    return response.status;
  }
}
