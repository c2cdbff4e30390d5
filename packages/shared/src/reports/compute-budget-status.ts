import {
  budgetPeriodWindow,
  type BudgetAlignment,
  type BudgetPeriodName,
} from './budget-period.js';

export type BudgetStatusInput = {
  /** Null for budgets that only limit tokens or requests: no money state. */
  amountMicros: bigint | null;
  period: BudgetPeriodName;
  alignment: BudgetAlignment;
  /** Percentages that raise alerts, e.g. [50, 80, 100]. */
  alertThresholds: readonly number[];
};

export type BudgetState = 'ok' | 'warning' | 'exceeded';

export type BudgetStatus = {
  periodStart: Date;
  periodEnd: Date;
  spentMicros: bigint;
  limitMicros: bigint | null;
  /** spent / limit × 100, two decimals; null without a money limit. */
  percent: number | null;
  /** Average spend per day so far in the period. */
  burnRatePerDayMicros: bigint;
  /** Spend at the period's end if the burn rate holds (= spent for a rolling window). */
  projectedMicros: bigint;
  projectedPercent: number | null;
  /** Thresholds the spend has reached, ascending. */
  thresholdsCrossed: number[];
  state: BudgetState;
};

const DAY_MS = 86_400_000n;
// Early in a period a few minutes of spend would extrapolate wildly: rate over at least an hour.
const MIN_ELAPSED_MS = 3_600_000n;
// Warning level when the budget names no threshold below 100%.
const DEFAULT_WARNING_PERCENT = 80;

const divRound = (a: bigint, b: bigint) => (a * 2n + b) / (2n * b);

function percentOf(part: bigint, whole: bigint | null): number | null {
  if (whole === null || whole <= 0n) return null;
  return Number(divRound(part * 10_000n, whole)) / 100;
}

/** The percent from which a budget is in `warning`: its highest alert threshold under 100. */
export function warningPercent(alertThresholds: readonly number[]): number {
  const below = alertThresholds.filter((t) => t < 100);
  return below.length > 0 ? Math.max(...below) : DEFAULT_WARNING_PERCENT;
}

function stateOf(
  input: BudgetStatusInput,
  percent: number | null,
  projectedPercent: number | null,
): BudgetState {
  if (percent === null) return 'ok';
  if (percent >= 100) return 'exceeded';
  const warn = percent >= warningPercent(input.alertThresholds) || (projectedPercent ?? 0) >= 100;
  return warn ? 'warning' : 'ok';
}

/**
 * Where a budget stands at `now` given what was spent in its current period: percent used, burn
 * rate per day, linear projection to the period's end and a state — `exceeded` at 100 %,
 * `warning` from the highest alert threshold under 100 % (80 % by default) or when the
 * projection reaches the limit. The one implementation the API, the portal and the budget-alert
 * worker all use. Integer micro-dollars throughout; percentages are for display.
 */
export function computeBudgetStatus(
  budget: BudgetStatusInput,
  spentMicros: bigint,
  now: Date,
): BudgetStatus {
  const { start, end } = budgetPeriodWindow(budget.period, budget.alignment, now);
  const totalMs = BigInt(end.getTime() - start.getTime());
  const rawElapsed = BigInt(Math.max(0, now.getTime() - start.getTime()));
  const elapsedMs = rawElapsed < MIN_ELAPSED_MS ? MIN_ELAPSED_MS : rawElapsed;
  const rolling = budget.alignment === 'ROLLING';
  const burnRatePerDayMicros = divRound(spentMicros * DAY_MS, rolling ? totalMs : elapsedMs);
  const projectedMicros =
    rolling || elapsedMs >= totalMs ? spentMicros : divRound(spentMicros * totalMs, elapsedMs);
  const percent = percentOf(spentMicros, budget.amountMicros);
  const projectedPercent = percentOf(projectedMicros, budget.amountMicros);
  return {
    periodStart: start,
    periodEnd: end,
    spentMicros,
    limitMicros: budget.amountMicros,
    percent,
    burnRatePerDayMicros,
    projectedMicros,
    projectedPercent,
    thresholdsCrossed: [...budget.alertThresholds]
      .sort((a, b) => a - b)
      .filter((t) => percent !== null && percent >= t),
    state: stateOf(budget, percent, projectedPercent),
  };
}
