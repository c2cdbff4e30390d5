import type { BudgetStatus } from '@gatehouse/shared';
import type { AlertInput } from '../modules/alert-delivery/alerts.repository.js';
import type { BudgetRow } from './budget-spend.repository.js';
import { formatUsdCents as usd } from './format-usd-cents.js';

const day = (at: Date) => at.toISOString().slice(0, 10);

// A calendar period has one start; a rolling window moves every run, so it is keyed by UTC day
// (an over-threshold rolling budget alerts at most once a day per threshold).
function periodKey(budget: BudgetRow, status: BudgetStatus, now: Date): string {
  return budget.alignment === 'CALENDAR' ? day(status.periodStart) : `rolling-${day(now)}`;
}

const severityOf = (threshold: number): AlertInput['severity'] =>
  threshold >= 100 ? 'CRITICAL' : threshold >= 80 ? 'WARNING' : 'INFO';

/**
 * One alert per threshold the budget's spend has crossed in its period, keyed
 * `budget:<id>:<period>:<threshold>` so each is raised once. The threshold math is
 * computeBudgetStatus's (the same the API and portal show).
 */
export function buildBudgetAlerts(
  budget: BudgetRow,
  status: BudgetStatus,
  now: Date,
): AlertInput[] {
  const period = periodKey(budget, status, now);
  return status.thresholdsCrossed.map((threshold) => ({
    orgId: budget.orgId,
    kind: 'BUDGET_THRESHOLD',
    severity: severityOf(threshold),
    title: `Budget "${budget.name}" reached ${threshold}%`,
    message: `Spent ${usd(status.spentMicros)} of ${usd(budget.amountMicros)} (${status.percent ?? 0}%) since ${day(status.periodStart)}; projected ${usd(status.projectedMicros)} by ${day(status.periodEnd)}.`,
    evidence: {
      threshold,
      percent: status.percent,
      spentMicros: status.spentMicros.toString(),
      limitMicros: budget.amountMicros.toString(),
      projectedMicros: status.projectedMicros.toString(),
      periodStart: status.periodStart.toISOString(),
      periodEnd: status.periodEnd.toISOString(),
      scope: budget.scope,
    },
    dedupeKey: `budget:${budget.id}:${period}:${threshold}`,
    teamId: budget.teamId,
    applicationId: budget.applicationId,
    budgetId: budget.id,
  }));
}
