import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type AlertKind, type AlertSeverity } from '@gatehouse/db';
import { DatabaseRepository } from '../database/database.repository.js';

/** A condition worth an alert; `dedupeKey` makes the same condition one alert, not one per run. */
export type AlertInput = {
  orgId: string;
  kind: AlertKind;
  severity: AlertSeverity;
  title: string;
  message: string;
  evidence: Record<string, unknown>;
  dedupeKey: string;
  teamId?: string | null;
  applicationId?: string | null;
  budgetId?: string | null;
};

export type AlertRow = AlertInput & { id: string; createdAt: Date };

export type WebhookChannel = { id: string; url: string; secretEnc: Uint8Array | null };

const ALERT_SELECT = {
  id: true,
  orgId: true,
  kind: true,
  severity: true,
  title: true,
  message: true,
  evidence: true,
  dedupeKey: true,
  teamId: true,
  applicationId: true,
  budgetId: true,
  createdAt: true,
} as const;

/** Alert rows (the in-app channel: the portal lists them) and the org's webhook channels. */
@Injectable()
export class AlertsRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  /** Inserts the alert unless its (org, dedupeKey) exists; `created` says which happened. */
  async raise(input: AlertInput): Promise<{ alert: AlertRow; created: boolean }> {
    const db = this.database.client;
    const data = { ...input, evidence: input.evidence as Prisma.InputJsonObject };
    const { count } = await db.alert.createMany({ data: [data], skipDuplicates: true });
    const row = await db.alert.findUniqueOrThrow({
      where: { orgId_dedupeKey: { orgId: input.orgId, dedupeKey: input.dedupeKey } },
      select: ALERT_SELECT,
    });
    return {
      alert: { ...row, evidence: row.evidence as Record<string, unknown> },
      created: count === 1,
    };
  }

  async find(id: string): Promise<AlertRow | null> {
    const row = await this.database.client.alert.findUnique({
      where: { id },
      select: ALERT_SELECT,
    });
    return row === null ? null : { ...row, evidence: row.evidence as Record<string, unknown> };
  }

  /** Enabled webhook channels of the org that take this kind (an empty `kinds` takes every kind). */
  async webhookChannels(orgId: string, kind: AlertKind): Promise<WebhookChannel[]> {
    const rows = await this.database.client.alertChannel.findMany({
      where: {
        orgId,
        enabled: true,
        kind: 'WEBHOOK',
        url: { not: null },
        OR: [{ kinds: { isEmpty: true } }, { kinds: { has: kind } }],
      },
      select: { id: true, url: true, secretEnc: true },
      orderBy: { name: 'asc' },
    });
    return rows.map((r) => ({ id: r.id, url: r.url ?? '', secretEnc: r.secretEnc }));
  }

  async webhookChannel(id: string): Promise<WebhookChannel | null> {
    const row = await this.database.client.alertChannel.findFirst({
      where: { id, enabled: true, kind: 'WEBHOOK', url: { not: null } },
      select: { id: true, url: true, secretEnc: true },
    });
    return row === null ? null : { id: row.id, url: row.url ?? '', secretEnc: row.secretEnc };
  }
}
