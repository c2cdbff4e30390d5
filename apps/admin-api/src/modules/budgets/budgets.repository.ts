import { Inject, Injectable } from '@nestjs/common';
import type { BudgetMode, BudgetPeriod, BudgetScope, PeriodAlignment } from '@gatehouse/db';
import type { BudgetTargetField } from '@gatehouse/shared';
import { DatabaseRepository } from '../database/database.repository.js';

export type BudgetRecord = {
  id: string;
  name: string;
  scope: BudgetScope;
  teamId: string | null;
  applicationId: string | null;
  apiKeyId: string | null;
  amountMicros: bigint | null;
  tokenLimit: bigint | null;
  requestLimit: number | null;
  period: BudgetPeriod;
  alignment: PeriodAlignment;
  mode: BudgetMode;
  alertThresholds: number[];
  enabled: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export type BudgetWrite = Partial<Omit<BudgetRecord, 'id' | 'createdAt' | 'updatedAt'>>;

export type BudgetFilter = {
  orgId: string;
  scope?: BudgetScope;
  teamId?: string;
  applicationId?: string;
  enabled?: boolean;
  afterId?: string;
};

const SELECT = {
  id: true,
  name: true,
  scope: true,
  teamId: true,
  applicationId: true,
  apiKeyId: true,
  amountMicros: true,
  tokenLimit: true,
  requestLimit: true,
  period: true,
  alignment: true,
  mode: true,
  alertThresholds: true,
  enabled: true,
  createdAt: true,
  updatedAt: true,
} as const;

@Injectable()
export class BudgetsRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  private get db() {
    return this.database.client;
  }

  async findMany(filter: BudgetFilter, take: number): Promise<BudgetRecord[]> {
    const { orgId, afterId, ...where } = filter;
    return this.db.budget.findMany({
      where: { orgId, ...where, ...(afterId ? { id: { gt: afterId } } : {}) },
      orderBy: { id: 'asc' },
      take,
      select: SELECT,
    });
  }

  async findById(orgId: string, id: string): Promise<BudgetRecord | null> {
    return this.db.budget.findFirst({ where: { id, orgId }, select: SELECT });
  }

  /** Whether the team, application or key a budget names belongs to the org. */
  async targetInOrg(orgId: string, field: BudgetTargetField, id: string): Promise<boolean> {
    const where = { id, orgId };
    const count =
      field === 'teamId'
        ? await this.db.team.count({ where })
        : field === 'applicationId'
          ? await this.db.application.count({ where })
          : await this.db.apiKey.count({ where });
    return count === 1;
  }

  async create(
    orgId: string,
    write: BudgetWrite & { name: string; scope: BudgetScope },
  ): Promise<BudgetRecord> {
    const data = { orgId, ...write, name: write.name, scope: write.scope };
    return this.db.budget.create({ data, select: SELECT });
  }

  async update(id: string, write: BudgetWrite): Promise<BudgetRecord> {
    return this.db.budget.update({ where: { id }, data: write, select: SELECT });
  }

  async delete(id: string): Promise<void> {
    await this.db.budget.delete({ where: { id }, select: { id: true } });
  }
}
