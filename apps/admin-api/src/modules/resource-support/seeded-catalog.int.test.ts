// The API must accept, unchanged, the configuration the demo seed writes (and the gateway reads):
// each seeded resource is read and written back through its endpoint.
import { seedDemo } from '@gatehouse/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionTokensService } from '../../auth/session-tokens.service.js';
import { startAdminTestApp, type AdminTestApp } from '../../test-support/admin-test-app.js';

type Page<T> = { data: T[]; nextCursor: string | null };
type Row = { id: string; [field: string]: unknown };
type Target = {
  modelId: string | null;
  upstreamUrl: string | null;
  weight: number;
  position: number;
  isFallback: boolean;
};

describe('the seeded demo catalog through the resource API', () => {
  let t: AdminTestApp;
  let token: string;
  beforeAll(async () => {
    t = await startAdminTestApp();
    const seeded = await seedDemo(t.db, {
      encryptionKey: t.env.ENCRYPTION_KEY,
      adminEmail: 'admin@acme.test',
      adminPassword: 'correct-horse-battery-staple',
      mockProviderUrl: 'http://127.0.0.1:9090',
      now: new Date(),
      usageDays: 0,
    });
    const owner = await t.db.user.findFirstOrThrow({
      where: { orgId: seeded.orgId, role: 'OWNER' },
      select: { id: true },
    });
    const sessions = t.app.get(SessionTokensService, { strict: false });
    token = (await sessions.issue({ id: owner.id, orgId: seeded.orgId, role: 'OWNER' }, new Date()))
      .token;
  });
  afterAll(async () => t.close());

  async function call<T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const response = await fetch(`${t.baseUrl}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  const list = async (path: string) =>
    (await call<Page<Row>>('GET', `${path}?limit=200`)).body.data;

  it('writes back every seeded provider’s settings, keeping its sealed credentials', async () => {
    const providers = await list('/providers');
    expect(providers.length).toBeGreaterThanOrEqual(5);
    for (const provider of providers) {
      const saved = await call<Row>('PATCH', `/providers/${provider.id}`, {
        settings: provider.settings,
      });
      expect([provider.slug, saved.status]).toEqual([provider.slug, 200]);
      expect(saved.body.hasCredentials).toBe(true);
    }
  });

  it('writes back guardrail policies, routes and plans as seeded', async () => {
    for (const policy of await list('/guardrail-policies')) {
      const saved = await call('PATCH', `/guardrail-policies/${policy.id}`, {
        input: policy.input,
        output: policy.output,
      });
      expect([policy.name, saved.status]).toEqual([policy.name, 200]);
    }
    let written = 0;
    const products = await list('/products');
    expect(products.map((p) => p.slug)).toEqual(expect.arrayContaining(['llm-api', 'orders']));
    for (const product of products) {
      for (const route of await list(`/products/${product.id}/routes`)) {
        const targets = (route.targets as Target[]).map(
          ({ modelId, upstreamUrl, weight, position, isFallback }) => ({
            modelId,
            upstreamUrl,
            weight,
            position,
            isFallback,
          }),
        );
        const saved = await call('PATCH', `/products/${product.id}/routes/${route.id}`, {
          match: route.match,
          strategy: route.strategy,
          strategyConfig: route.strategyConfig,
          targets,
        });
        expect([route.name, saved.status]).toEqual([route.name, 200]);
        written += 1;
      }
      for (const plan of await list(`/products/${product.id}/plans`)) {
        const saved = await call('PATCH', `/products/${product.id}/plans/${plan.id}`, {
          overage: plan.overage,
          modelLimits: plan.modelLimits,
        });
        expect([plan.slug, saved.status]).toEqual([plan.slug, 200]);
        written += 1;
      }
    }
    // Three seeded routes and at least three plans were really written back.
    expect(written).toBeGreaterThanOrEqual(6);
  });

  it('lists the seeded models with prices, keys without secrets and budgets with amounts', async () => {
    const models = await list('/models');
    const mini = models.find((m) => m.publicName === 'gpt-4o-mini');
    expect(mini).toMatchObject({
      aliases: ['fast'],
      inputPricePerMTokUsd: expect.stringMatching(/^\d+\.\d{2,6}$/),
    });
    const keys = await list('/api-keys');
    expect(keys.length).toBeGreaterThan(0);
    expect(JSON.stringify(keys)).not.toMatch(/gh_[0-9A-Za-z]{16,}/);
    const budgets = await list('/budgets');
    expect(budgets.length).toBeGreaterThan(0);
  });
});
