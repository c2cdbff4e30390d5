export type BudgetPeriodName = 'DAY' | 'WEEK' | 'MONTH';
export type BudgetAlignment = 'CALENDAR' | 'ROLLING';

const DAY_MS = 86_400_000;

/** Length of a rolling window (a rolling month is 30 days). */
export const ROLLING_PERIOD_MS: Readonly<Record<BudgetPeriodName, number>> = {
  DAY: DAY_MS,
  WEEK: 7 * DAY_MS,
  MONTH: 30 * DAY_MS,
};

const utcDay = (at: Date) => Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());

const CALENDAR_START: Readonly<Record<BudgetPeriodName, (now: Date) => number>> = {
  DAY: utcDay,
  // ISO weeks start on Monday.
  WEEK: (now) => utcDay(now) - ((now.getUTCDay() + 6) % 7) * DAY_MS,
  MONTH: (now) => Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1),
};

const CALENDAR_END: Readonly<Record<BudgetPeriodName, (start: Date) => number>> = {
  DAY: (start) => start.getTime() + DAY_MS,
  WEEK: (start) => start.getTime() + 7 * DAY_MS,
  MONTH: (start) => Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1),
};

/**
 * The budget window containing `now` (UTC): a calendar day, ISO week or month (end exclusive),
 * or for ROLLING alignment the trailing window ending at `now`.
 */
export function budgetPeriodWindow(
  period: BudgetPeriodName,
  alignment: BudgetAlignment,
  now: Date,
): { start: Date; end: Date } {
  if (alignment === 'ROLLING') {
    return { start: new Date(now.getTime() - ROLLING_PERIOD_MS[period]), end: now };
  }
  const start = new Date(CALENDAR_START[period](now));
  return { start, end: new Date(CALENDAR_END[period](start)) };
}
