import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  configVersion,
  lastAudit,
  startResourceTest,
  type ErrorBody,
  type ResourceTest,
} from '../resource-support/resource-test-kit.js';

type Subscription = {
  id: string;
  status: string;
  reason: string | null;
  decidedById: string | null;
  applicationId: string;
  planName: string;
};
type Page<T> = { data: T[]; nextCursor: string | null };
type Ids = { id: string };

describe('subscriptions', () => {
  let t: ResourceTest;
  let appA: string;
  let appB: string;
  const product: Record<string, { id: string; plan: string }> = {};
  beforeAll(async () => {
    t = await startResourceTest('res-subs');
    const [teamA, teamB] = t.org.teamIds;
    appA = (await t.call<Ids>('DEVELOPER', 'POST', '/applications', { teamId: teamA, name: 'A' }))
      .body.id;
    appB = (await t.call<Ids>('DEVELOPER_B', 'POST', '/applications', { teamId: teamB, name: 'B' }))
      .body.id;
    const specs = [
      ['auto', 'AUTO', 'PUBLIC'],
      ['manual', 'MANUAL', 'PUBLIC'],
      ['private', 'AUTO', 'PRIVATE'],
      ['internal', 'MANUAL', 'INTERNAL'],
    ] as const;
    for (const [slug, approvalMode, visibility] of specs) {
      const p = await t.call<Ids>('ADMIN', 'POST', '/products', {
        slug,
        name: slug,
        kind: 'AI',
        approvalMode,
        visibility,
      });
      const plan = await t.call<Ids>('ADMIN', 'POST', `/products/${p.body.id}/plans`, {
        slug: 'basic',
        name: 'Basic',
      });
      product[slug] = { id: p.body.id, plan: plan.body.id };
    }
  });
  afterAll(async () => t.close());

  const requestAs = (caller: 'DEVELOPER' | 'DEVELOPER_B' | 'ADMIN', app: string, slug: string) =>
    t.call<Subscription & Partial<ErrorBody>>(caller, 'POST', '/subscriptions', {
      applicationId: app,
      productId: product[slug]?.id,
      planId: product[slug]?.plan,
    });

  it('activates auto-approved requests at once and bumps the config version', async () => {
    const version = await configVersion(t.db, t.org.orgId);
    const sub = await requestAs('DEVELOPER', appA, 'auto');
    expect(sub.status).toBe(201);
    expect(sub.body).toMatchObject({ status: 'ACTIVE', applicationId: appA, planName: 'Basic' });
    expect(await configVersion(t.db, t.org.orgId)).toBe(version + 1n);
    const again = await requestAs('DEVELOPER', appA, 'auto');
    expect(again.status).toBe(409);
  });

  it('walks the manual state machine and refuses illegal transitions with 409', async () => {
    const pending = await requestAs('DEVELOPER', appA, 'manual');
    expect(pending.body.status).toBe('PENDING');
    const id = pending.body.id;
    expect((await t.call('ADMIN', 'POST', `/subscriptions/${id}/suspend`, {})).status).toBe(409);
    expect((await t.call('ADMIN', 'POST', `/subscriptions/${id}/reactivate`)).status).toBe(409);
    expect((await t.call('DEVELOPER', 'POST', `/subscriptions/${id}/approve`)).status).toBe(403);

    const approved = await t.call<Subscription>('ADMIN', 'POST', `/subscriptions/${id}/approve`);
    expect(approved.body).toMatchObject({ status: 'ACTIVE', decidedById: t.org.users.ADMIN.id });
    const twice = await t.call('ADMIN', 'POST', `/subscriptions/${id}/approve`);
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('invalid_transition');

    const suspended = await t.call<Subscription>('ADMIN', 'POST', `/subscriptions/${id}/suspend`, {
      reason: 'unpaid invoice',
    });
    expect(suspended.body).toMatchObject({ status: 'SUSPENDED', reason: 'unpaid invoice' });
    const back = await t.call<Subscription>('OWNER', 'POST', `/subscriptions/${id}/reactivate`);
    expect(back.body.status).toBe('ACTIVE');
    expect((await lastAudit(t.db, t.org.orgId, id))?.action).toBe('subscription.reactivate');
  });

  it('rejects with a reason, and rejected stays rejected', async () => {
    const pending = await requestAs('DEVELOPER_B', appB, 'manual');
    const noReason = await t.call('ADMIN', 'POST', `/subscriptions/${pending.body.id}/reject`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.param).toBe('reason');
    const rejected = await t.call<Subscription>(
      'ADMIN',
      'POST',
      `/subscriptions/${pending.body.id}/reject`,
      {
        reason: 'use the internal product',
      },
    );
    expect(rejected.body).toMatchObject({ status: 'REJECTED', reason: 'use the internal product' });
    expect(
      (await t.call('ADMIN', 'POST', `/subscriptions/${pending.body.id}/approve`)).status,
    ).toBe(409);
  });

  it('hides PRIVATE products from developers and lets them see INTERNAL ones', async () => {
    const priv = await requestAs('DEVELOPER', appA, 'private');
    expect(priv.status).toBe(404);
    expect(priv.body.error?.param).toBe('productId');
    const internal = await requestAs('DEVELOPER', appA, 'internal');
    expect(internal.body.status).toBe('PENDING');
    // Admins may subscribe any application to a private product.
    const adminPriv = await requestAs('ADMIN', appA, 'private');
    expect(adminPriv.body.status).toBe('ACTIVE');
  });

  it('scopes developers to their teams’ applications', async () => {
    const forB = await requestAs('DEVELOPER', appB, 'auto');
    expect(forB.status).toBe(404);
    expect(forB.body.error?.param).toBe('applicationId');
    const mine = await t.call<Page<Subscription>>('DEVELOPER', 'GET', '/subscriptions');
    expect(mine.body.data.length).toBeGreaterThan(0);
    expect(mine.body.data.every((s) => s.applicationId === appA)).toBe(true);
    const bSubs = await t.call<Page<Subscription>>(
      'ADMIN',
      'GET',
      `/subscriptions?applicationId=${appB}`,
    );
    const bSub = bSubs.body.data[0];
    expect(bSub).toBeDefined();
    expect((await t.call('DEVELOPER', 'GET', `/subscriptions/${bSub?.id}`)).status).toBe(404);
    const pending = await t.call<Page<Subscription>>(
      'ADMIN',
      'GET',
      '/subscriptions?status=PENDING',
    );
    expect(pending.body.data.every((s) => s.status === 'PENDING')).toBe(true);
    expect((await t.call('OTHER_ADMIN', 'GET', `/subscriptions/${bSub?.id}`)).status).toBe(404);
    expect(
      (await t.call('OTHER_ADMIN', 'POST', `/subscriptions/${bSub?.id}/suspend`, {})).status,
    ).toBe(404);
  });

  it('refuses a plan of another product and a bad body', async () => {
    const mixed = await t.call('DEVELOPER', 'POST', '/subscriptions', {
      applicationId: appA,
      productId: product.internal?.id,
      planId: product.auto?.plan,
    });
    expect(mixed.status).toBe(404);
    expect(mixed.body.error.param).toBe('planId');
    const bad = await t.call('DEVELOPER', 'POST', '/subscriptions', { applicationId: appA });
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe('productId');
  });
});
