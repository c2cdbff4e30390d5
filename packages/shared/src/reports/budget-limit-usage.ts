import { warningPercent, type BudgetState } from './compute-budget-status.js';

export type LimitUsage = { used: bigint; limit: bigint; percent: number; state: BudgetState };

const STATE_RANK: Readonly<Record<BudgetState, number>> = { ok: 0, warning: 1, exceeded: 2 };

/**
 * Use of a token or request limit in the current period (null when the budget sets none), with
 * the same states as money: `exceeded` at 100 %, `warning` from the highest threshold under 100.
 */
export function computeLimitUsage(
  used: bigint,
  limit: bigint | null,
  alertThresholds: readonly number[],
): LimitUsage | null {
  if (limit === null || limit <= 0n) return null;
  const percent = Number((used * 20_000n + limit) / (2n * limit)) / 100;
  const state: BudgetState =
    percent >= 100 ? 'exceeded' : percent >= warningPercent(alertThresholds) ? 'warning' : 'ok';
  return { used, limit, percent, state };
}

/** The most severe of several states (a budget is exceeded when any of its limits is). */
export function worstBudgetState(states: readonly BudgetState[]): BudgetState {
  return states.reduce<BudgetState>(
    (worst, s) => (STATE_RANK[s] > STATE_RANK[worst] ? s : worst),
    'ok',
  );
}
