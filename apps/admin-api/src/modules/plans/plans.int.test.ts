import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  configVersion,
  startResourceTest,
  type ResourceTest,
} from '../resource-support/resource-test-kit.js';

type Money = { micros: string; usd: string };
type Plan = {
  id: string;
  slug: string;
  overage: string;
  downgradeModelId: string | null;
  budget: Money | null;
  priceMonthly: Money;
  tokenQuota: string | null;
  isPublic: boolean;
  modelLimits: object;
};
type Page<T> = { data: T[]; nextCursor: string | null };

describe('plans', () => {
  let t: ResourceTest;
  let ai: string;
  let rest: string;
  let mini: string;
  beforeAll(async () => {
    t = await startResourceTest('res-plans');
    const provider = await t.call<{ id: string }>('ADMIN', 'POST', '/providers', {
      slug: 'p',
      name: 'P',
      kind: 'OPENAI_COMPATIBLE',
      baseUrl: 'http://p',
    });
    mini = (
      await t.call<{ id: string }>('ADMIN', 'POST', '/models', {
        providerId: provider.body.id,
        publicName: 'mini',
        upstreamId: 'mini',
        inputPricePerMTokMicros: '1',
        outputPricePerMTokMicros: '1',
        contextWindow: 1000,
      })
    ).body.id;
    ai = (
      await t.call<{ id: string }>('ADMIN', 'POST', '/products', {
        slug: 'llm',
        name: 'LLM',
        kind: 'AI',
      })
    ).body.id;
    rest = (
      await t.call<{ id: string }>('ADMIN', 'POST', '/products', {
        slug: 'rest',
        name: 'R',
        kind: 'REST',
      })
    ).body.id;
  });
  afterAll(async () => t.close());

  it('stores limits, quotas, budget and overage with money as micros + USD', async () => {
    const version = await configVersion(t.db, t.org.orgId);
    const created = await t.call<Plan>('ADMIN', 'POST', `/products/${ai}/plans`, {
      slug: 'team',
      name: 'Team',
      requestsPerMinute: 600,
      tokensPerMinute: 200000,
      modelLimits: { 'gpt-4o': { requestsPerMinute: 60 } },
      tokenQuota: '50000000000',
      budgetMicros: '500000000',
      budgetMode: 'HARD',
      overage: 'DOWNGRADE',
      downgradeModelId: mini,
      allowedModels: ['gpt-4o', 'mini'],
      priceMonthlyMicros: 99_000_000,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      overage: 'DOWNGRADE',
      downgradeModelId: mini,
      tokenQuota: '50000000000',
      budget: { micros: '500000000', usd: '500.00' },
      priceMonthly: { micros: '99000000', usd: '99.00' },
      modelLimits: { 'gpt-4o': { requestsPerMinute: 60 } },
    });
    const row = await t.db.plan.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(row.budgetMicros).toBe(500_000_000n);
    expect(await configVersion(t.db, t.org.orgId)).toBe(version + 1n);
  });

  it('needs a downgrade model for DOWNGRADE, on AI products only', async () => {
    const missing = await t.call('ADMIN', 'POST', `/products/${ai}/plans`, {
      slug: 'x',
      name: 'X',
      overage: 'DOWNGRADE',
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.param).toBe('downgradeModelId');
    const onRest = await t.call('ADMIN', 'POST', `/products/${rest}/plans`, {
      slug: 'x',
      name: 'X',
      overage: 'DOWNGRADE',
      downgradeModelId: mini,
    });
    expect(onRest.body.error.param).toBe('overage');
    const list = await t.call<Page<Plan>>('ADMIN', 'GET', `/products/${ai}/plans`);
    const team = list.body.data.find((p) => p.slug === 'team');
    const clear = await t.call('ADMIN', 'PATCH', `/products/${ai}/plans/${team?.id}`, {
      downgradeModelId: null,
    });
    expect(clear.body.error.param).toBe('downgradeModelId');
    const toBlock = await t.call<Plan>('ADMIN', 'PATCH', `/products/${ai}/plans/${team?.id}`, {
      overage: 'BLOCK',
      downgradeModelId: null,
    });
    expect(toBlock.body).toMatchObject({ overage: 'BLOCK', downgradeModelId: null });
    const nullLimit = await t.call('ADMIN', 'POST', `/products/${ai}/plans`, {
      slug: 'z',
      name: 'Z',
      modelLimits: { 'gpt-4o': { requestsPerMinute: null } },
    });
    expect(nullLimit.body.error.param).toBe('modelLimits.gpt-4o.requestsPerMinute');
    const badMoney = await t.call('ADMIN', 'POST', `/products/${ai}/plans`, {
      slug: 'y',
      name: 'Y',
      budgetMicros: '12.5',
    });
    expect(badMoney.body.error.param).toBe('budgetMicros');
    const dup = await t.call('ADMIN', 'POST', `/products/${ai}/plans`, { slug: 'team', name: 'T' });
    expect(dup.status).toBe(409);
  });

  it('shows developers public plans only and keeps other orgs out', async () => {
    const hidden = await t.call<Plan>('ADMIN', 'POST', `/products/${ai}/plans`, {
      slug: 'enterprise',
      name: 'Enterprise',
      isPublic: false,
    });
    const devList = await t.call<Page<Plan>>('DEVELOPER', 'GET', `/products/${ai}/plans`);
    expect(devList.body.data.map((p) => p.slug)).toEqual(['team']);
    expect(
      (await t.call('DEVELOPER', 'GET', `/products/${ai}/plans/${hidden.body.id}`)).status,
    ).toBe(404);
    expect((await t.call('FINANCE', 'GET', `/products/${ai}/plans/${hidden.body.id}`)).status).toBe(
      200,
    );
    expect((await t.call('OTHER_ADMIN', 'GET', `/products/${ai}/plans`)).status).toBe(404);
    expect(
      (await t.call('DEVELOPER', 'POST', `/products/${ai}/plans`, { slug: 'd', name: 'd' })).status,
    ).toBe(403);
    expect(
      (await t.call('ADMIN', 'DELETE', `/products/${ai}/plans/${hidden.body.id}`)).status,
    ).toBe(204);
  });
});
