import { Inject, Injectable } from '@nestjs/common';
import type { BudgetPeriod, BudgetScope, PeriodAlignment } from '@gatehouse/db';
import { DatabaseRepository } from '../modules/database/database.repository.js';

export type BudgetRow = {
  id: string;
  orgId: string;
  name: string;
  scope: BudgetScope;
  teamId: string | null;
  applicationId: string | null;
  apiKeyId: string | null;
  amountMicros: bigint;
  period: BudgetPeriod;
  alignment: PeriodAlignment;
  alertThresholds: number[];
};

const HOUR_MS = 3_600_000;

/** Enabled money budgets and what was spent against them, from the hourly rollups. */
@Injectable()
export class BudgetSpendRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  async enabledBudgets(): Promise<BudgetRow[]> {
    const rows = await this.database.client.budget.findMany({
      where: { enabled: true, amountMicros: { not: null } },
      select: {
        id: true,
        orgId: true,
        name: true,
        scope: true,
        teamId: true,
        applicationId: true,
        apiKeyId: true,
        amountMicros: true,
        period: true,
        alignment: true,
        alertThresholds: true,
      },
      orderBy: { id: 'asc' },
    });
    return rows.map((r) => ({ ...r, amountMicros: r.amountMicros ?? 0n }));
  }

  /** Spend of the budget's scope in [start, end), by whole hours (the start hour included). */
  async spentMicros(budget: BudgetRow, start: Date, end: Date): Promise<bigint> {
    const from = new Date(Math.floor(start.getTime() / HOUR_MS) * HOUR_MS);
    const result = await this.database.client.usageRollup.aggregate({
      where: {
        orgId: budget.orgId,
        bucket: 'HOUR',
        bucketStart: { gte: from, lt: end },
        ...(budget.scope === 'TEAM' ? { teamId: budget.teamId } : {}),
        ...(budget.scope === 'APPLICATION' ? { applicationId: budget.applicationId } : {}),
        ...(budget.scope === 'API_KEY' ? { apiKeyId: budget.apiKeyId } : {}),
      },
      _sum: { costMicros: true },
    });
    return result._sum.costMicros ?? 0n;
  }
}
