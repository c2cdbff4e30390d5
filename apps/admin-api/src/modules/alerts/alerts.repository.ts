import { Inject, Injectable } from '@nestjs/common';
import type { AlertKind, AlertSeverity, AlertStatus, Prisma } from '@gatehouse/db';
import { DatabaseRepository } from '../database/database.repository.js';

export type AlertRecord = {
  id: string;
  kind: AlertKind;
  severity: AlertSeverity;
  status: AlertStatus;
  title: string;
  message: string;
  evidence: Prisma.JsonValue;
  teamId: string | null;
  applicationId: string | null;
  budgetId: string | null;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
  createdAt: Date;
};

export type AlertFilter = {
  orgId: string;
  status?: AlertStatus;
  kind?: AlertKind;
  severity?: AlertSeverity;
  teamId?: string;
  from?: Date;
  to?: Date;
  /** Keyset: alerts with a smaller id (lists are newest first). */
  beforeId?: string;
};

const SELECT = {
  id: true,
  kind: true,
  severity: true,
  status: true,
  title: true,
  message: true,
  evidence: true,
  teamId: true,
  applicationId: true,
  budgetId: true,
  acknowledgedAt: true,
  resolvedAt: true,
  createdAt: true,
} as const;

@Injectable()
export class AlertsRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  private get db() {
    return this.database.client;
  }

  async findMany(filter: AlertFilter, take: number): Promise<AlertRecord[]> {
    const { orgId, from, to, beforeId, ...where } = filter;
    return this.db.alert.findMany({
      where: {
        orgId,
        ...where,
        createdAt: { gte: from, lt: to },
        ...(beforeId ? { id: { lt: beforeId } } : {}),
      },
      orderBy: { id: 'desc' },
      take,
      select: SELECT,
    });
  }

  async findById(orgId: string, id: string): Promise<AlertRecord | null> {
    return this.db.alert.findFirst({ where: { id, orgId }, select: SELECT });
  }

  /** Moves the alert only if it is still in `from`; null when a concurrent change won. */
  async transition(
    id: string,
    from: AlertStatus,
    data: { status: AlertStatus; acknowledgedAt?: Date; resolvedAt?: Date },
  ): Promise<AlertRecord | null> {
    const { count } = await this.db.alert.updateMany({ where: { id, status: from }, data });
    if (count === 0) return null;
    return this.db.alert.findUniqueOrThrow({ where: { id }, select: SELECT });
  }
}
