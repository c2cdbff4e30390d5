import { moneyOut } from '../resource-support/money.js';
import type { PlanRecord } from './plans.repository.js';

export type PlanView = Omit<PlanRecord, 'tokenQuota' | 'budgetMicros' | 'priceMonthlyMicros'> & {
  tokenQuota: string | null;
  budget: { micros: string; usd: string } | null;
  priceMonthly: { micros: string; usd: string };
};

/** A plan as JSON: bigint amounts as strings, money with a USD display string. */
export function toPlanView({
  tokenQuota,
  budgetMicros,
  priceMonthlyMicros,
  ...plan
}: PlanRecord): PlanView {
  return {
    ...plan,
    tokenQuota: tokenQuota === null ? null : tokenQuota.toString(),
    budget: budgetMicros === null ? null : moneyOut(budgetMicros),
    priceMonthly: moneyOut(priceMonthlyMicros),
  };
}
