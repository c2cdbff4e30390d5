import { Inject, Injectable } from '@nestjs/common';
import { DatabaseRepository } from '../database/database.repository.js';

export type BudgetRecord = {
  id: string;
  name: string;
  scope: 'ORG' | 'TEAM' | 'APPLICATION' | 'API_KEY';
  teamId: string | null;
  applicationId: string | null;
  apiKeyId: string | null;
  amountMicros: bigint | null;
  tokenLimit: bigint | null;
  requestLimit: number | null;
  period: 'DAY' | 'WEEK' | 'MONTH';
  alignment: 'CALENDAR' | 'ROLLING';
  mode: 'HARD' | 'SOFT';
  alertThresholds: number[];
  enabled: boolean;
};

@Injectable()
export class BudgetStatusRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  /** The org's budgets, by name. */
  budgets(orgId: string): Promise<BudgetRecord[]> {
    return this.database.client.budget.findMany({
      where: { orgId },
      orderBy: { name: 'asc' },
      select: {
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
      },
    });
  }
}
