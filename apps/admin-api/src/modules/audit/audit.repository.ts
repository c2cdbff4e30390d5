import { Inject, Injectable } from '@nestjs/common';
import type { Prisma } from '@gatehouse/db';
import type { AuditJson } from '@gatehouse/shared';
import { DatabaseRepository } from '../database/database.repository.js';

export type AuditRow = {
  orgId: string;
  actorType: 'USER' | 'TOKEN' | 'SYSTEM';
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  before: AuditJson;
  after: AuditJson;
  ip: string | null;
  userAgent: string | null;
};

export type AuditEntry = Omit<AuditRow, 'orgId'> & { id: bigint; createdAt: Date };

export type AuditFilter = {
  orgId: string;
  actorId?: string;
  action?: string;
  resourceType?: string;
  resourceId?: string;
  from?: Date;
  to?: Date;
  /** Keyset: entries with a smaller id (lists are newest first). */
  beforeId?: bigint;
};

const ENTRY_SELECT = {
  id: true,
  actorType: true,
  actorId: true,
  actorEmail: true,
  action: true,
  resourceType: true,
  resourceId: true,
  before: true,
  after: true,
  ip: true,
  userAgent: true,
  createdAt: true,
} as const;

// JSON null in a Json? column is stored as SQL NULL.
function jsonColumn(value: AuditJson): Prisma.InputJsonValue | undefined {
  return value === null ? undefined : (value as Prisma.InputJsonValue);
}

/** AuditLog rows: insert (the table refuses UPDATE and DELETE) and keyset queries. */
@Injectable()
export class AuditRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  async insert(row: AuditRow): Promise<bigint> {
    const created = await this.database.client.auditLog.create({
      data: { ...row, before: jsonColumn(row.before), after: jsonColumn(row.after) },
      select: { id: true },
    });
    return created.id;
  }

  /** Newest first, at most `take` rows. */
  async find(filter: AuditFilter, take: number): Promise<AuditEntry[]> {
    const rows = await this.database.client.auditLog.findMany({
      where: {
        orgId: filter.orgId,
        actorId: filter.actorId,
        action: filter.action,
        resourceType: filter.resourceType,
        resourceId: filter.resourceId,
        createdAt: { gte: filter.from, lt: filter.to },
        ...(filter.beforeId === undefined ? {} : { id: { lt: filter.beforeId } }),
      },
      orderBy: { id: 'desc' },
      take,
      select: ENTRY_SELECT,
    });
    return rows.map((row) => ({
      ...row,
      before: (row.before ?? null) as AuditJson,
      after: (row.after ?? null) as AuditJson,
    }));
  }
}
