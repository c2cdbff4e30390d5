import { describe, expect, it } from 'vitest';
import { toPlanView } from './plan-view.js';
import type { PlanRecord } from './plans.repository.js';

const plan: PlanRecord = {
  id: 'p1',
  productId: 'prod',
  slug: 'team',
  name: 'Team',
  description: '',
  requestsPerMinute: 600,
  tokensPerMinute: null,
  modelLimits: {},
  requestQuota: null,
  tokenQuota: 50_000_000_000n,
  quotaPeriod: 'MONTH',
  budgetMicros: null,
  budgetPeriod: 'MONTH',
  budgetMode: 'HARD',
  overage: 'BLOCK',
  downgradeModelId: null,
  allowedModels: [],
  priceMonthlyMicros: 99_000_000n,
  isPublic: true,
  createdAt: new Date('2026-01-01Z'),
  updatedAt: new Date('2026-01-01Z'),
};

describe('toPlanView', () => {
  it('turns bigint amounts into strings and money into micros + USD', () => {
    const view = toPlanView(plan);
    expect(view).toMatchObject({
      tokenQuota: '50000000000',
      budget: null,
      priceMonthly: { micros: '99000000', usd: '99.00' },
    });
    expect(toPlanView({ ...plan, budgetMicros: 1_500_000n, tokenQuota: null })).toMatchObject({
      tokenQuota: null,
      budget: { micros: '1500000', usd: '1.50' },
    });
    expect(JSON.parse(JSON.stringify(view)).priceMonthly.usd).toBe('99.00');
  });
});
