import {
  bucketStart,
  computeBudgetStatus,
  computeLimitUsage,
  ROLLUP_BUCKET_MS,
  worstBudgetState,
  type LimitUsage,
} from '@gatehouse/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor.js';
import { money } from '../usage/to-usage-totals.js';
import { UsageRepository, type UsageFilter, type UsageSums } from '../usage/usage.repository.js';
import { BudgetStatusRepository, type BudgetRecord } from './budget-status.repository.js';

const SCOPE_FILTER: Readonly<
  Record<BudgetRecord['scope'], (b: BudgetRecord) => UsageFilter['where']>
> = {
  ORG: () => ({}),
  TEAM: (b) => ({ team: b.teamId ?? '' }),
  APPLICATION: (b) => ({ application: b.applicationId ?? '' }),
  API_KEY: (b) => ({ apiKey: b.apiKeyId ?? '' }),
};

const limitOut = (usage: LimitUsage | null) =>
  usage === null
    ? null
    : {
        used: usage.used.toString(),
        limit: usage.limit.toString(),
        percent: usage.percent,
        state: usage.state,
      };

/** Spend, burn rate and month-end projection of every budget (the same math the alert worker uses). */
@Injectable()
export class BudgetStatusService {
  constructor(
    @Inject(BudgetStatusRepository) private readonly budgets: BudgetStatusRepository,
    @Inject(UsageRepository) private readonly usage: UsageRepository,
  ) {}

  // Hourly rollups from the period's start to the end of the current hour (a rolling window's
  // start is floored to its hour).
  private async used(
    orgId: string,
    budget: BudgetRecord,
    start: Date,
    now: Date,
  ): Promise<UsageSums | undefined> {
    const end = new Date(
      Math.ceil((now.getTime() + 1) / ROLLUP_BUCKET_MS.HOUR) * ROLLUP_BUCKET_MS.HOUR,
    );
    const [row] = await this.usage.sums(
      {
        orgId,
        bucket: 'HOUR',
        start: bucketStart(start, 'HOUR'),
        end,
        teamIds: null,
        where: SCOPE_FILTER[budget.scope](budget),
      },
      [],
      false,
    );
    return row;
  }

  async list(actor: Actor, at: Date) {
    const budgets = await this.budgets.budgets(actor.orgId);
    const data = await Promise.all(
      budgets.map(async (budget) => {
        const window = computeBudgetStatus(budget, 0n, at);
        const used = await this.used(actor.orgId, budget, window.periodStart, at);
        const s = computeBudgetStatus(budget, used?.costMicros ?? 0n, at);
        const tokens = computeLimitUsage(
          (used?.inputTokens ?? 0n) + (used?.outputTokens ?? 0n),
          budget.tokenLimit,
          budget.alertThresholds,
        );
        const requests = computeLimitUsage(
          used?.requests ?? 0n,
          budget.requestLimit === null ? null : BigInt(budget.requestLimit),
          budget.alertThresholds,
        );
        return {
          id: budget.id,
          name: budget.name,
          scope: budget.scope,
          teamId: budget.teamId,
          applicationId: budget.applicationId,
          apiKeyId: budget.apiKeyId,
          period: budget.period,
          alignment: budget.alignment,
          mode: budget.mode,
          enabled: budget.enabled,
          periodStart: s.periodStart.toISOString(),
          periodEnd: s.periodEnd.toISOString(),
          spent: money(s.spentMicros),
          limit: s.limitMicros === null ? null : money(s.limitMicros),
          percent: s.percent,
          burnRatePerDay: money(s.burnRatePerDayMicros),
          projected: money(s.projectedMicros),
          projectedPercent: s.projectedPercent,
          thresholdsCrossed: s.thresholdsCrossed,
          tokens: limitOut(tokens),
          requests: limitOut(requests),
          state: worstBudgetState([s.state, tokens?.state ?? 'ok', requests?.state ?? 'ok']),
        };
      }),
    );
    return { at: at.toISOString(), data };
  }
}
