import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  lastAudit,
  startResourceTest,
  type ResourceTest,
} from '../resource-support/resource-test-kit.js';

type Alert = {
  id: string;
  status: string;
  kind: string;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
};
type Page<T> = { data: T[]; nextCursor: string | null };

describe('alerts', () => {
  let t: ResourceTest;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await startResourceTest('res-alerts');
    // Alerts are raised by workers; arrange them as rows.
    const rows = [
      ['budget', 'BUDGET_THRESHOLD', '2026-01-10T00:00:00Z'],
      ['cost', 'COST_ANOMALY', '2026-02-10T00:00:00Z'],
      ['guard', 'GUARDRAIL', '2026-03-10T00:00:00Z'],
    ] as const;
    for (const [key, kind, at] of rows) {
      const row = await t.db.alert.create({
        data: {
          orgId: t.org.orgId,
          kind,
          title: key,
          message: `${key} alert`,
          dedupeKey: key,
          createdAt: new Date(at),
          evidence: { threshold: 80 },
        },
        select: { id: true },
      });
      ids[key] = row.id;
    }
  });
  afterAll(async () => t.close());

  it('lists newest first with kind, status and time filters', async () => {
    const all = await t.call<Page<Alert>>('FINANCE', 'GET', '/alerts');
    expect(all.body.data.map((a) => a.id)).toEqual([ids.guard, ids.cost, ids.budget]);
    const cost = await t.call<Page<Alert>>('AUDITOR', 'GET', '/alerts?kind=COST_ANOMALY');
    expect(cost.body.data.map((a) => a.id)).toEqual([ids.cost]);
    const window = await t.call<Page<Alert>>(
      'ADMIN',
      'GET',
      '/alerts?from=2026-02-01T00:00:00Z&to=2026-03-01T00:00:00Z',
    );
    expect(window.body.data.map((a) => a.id)).toEqual([ids.cost]);
    const paged = await t.call<Page<Alert>>('ADMIN', 'GET', '/alerts?limit=2');
    const rest = await t.call<Page<Alert>>(
      'ADMIN',
      'GET',
      `/alerts?limit=2&cursor=${paged.body.nextCursor}`,
    );
    expect(rest.body.data.map((a) => a.id)).toEqual([ids.budget]);
    expect((await t.call('ADMIN', 'GET', '/alerts?kind=NOPE')).body.error.param).toBe('kind');
    expect((await t.call('ADMIN', 'GET', '/alerts?from=yesterday')).body.error.param).toBe('from');
  });

  it('acknowledges then resolves, refusing out-of-order steps with 409', async () => {
    const ack = await t.call<Alert>('ADMIN', 'POST', `/alerts/${ids.budget}/acknowledge`);
    expect(ack.body.status).toBe('ACKNOWLEDGED');
    expect(ack.body.acknowledgedAt).not.toBeNull();
    expect((await t.call('ADMIN', 'POST', `/alerts/${ids.budget}/acknowledge`)).status).toBe(409);
    const resolved = await t.call<Alert>('ADMIN', 'POST', `/alerts/${ids.budget}/resolve`);
    expect(resolved.body.status).toBe('RESOLVED');
    expect((await t.call('ADMIN', 'POST', `/alerts/${ids.budget}/resolve`)).status).toBe(409);
    expect((await lastAudit(t.db, t.org.orgId, ids.budget!))?.action).toBe('alert.resolve');
    const open = await t.call<Page<Alert>>('ADMIN', 'GET', '/alerts?status=OPEN');
    expect(open.body.data.map((a) => a.id)).not.toContain(ids.budget);
    // Resolving straight from OPEN is allowed.
    expect((await t.call<Alert>('ADMIN', 'POST', `/alerts/${ids.cost}/resolve`)).body.status).toBe(
      'RESOLVED',
    );
  });

  it('is read by finance and auditors, acted on by admins, invisible to other orgs', async () => {
    expect((await t.call('FINANCE', 'POST', `/alerts/${ids.guard}/acknowledge`)).status).toBe(403);
    expect((await t.call('DEVELOPER', 'GET', '/alerts')).status).toBe(403);
    expect((await t.call('OTHER_ADMIN', 'GET', `/alerts/${ids.guard}`)).status).toBe(404);
    expect((await t.call('OTHER_ADMIN', 'POST', `/alerts/${ids.guard}/acknowledge`)).status).toBe(
      404,
    );
    const theirs = await t.call<Page<Alert>>('OTHER_ADMIN', 'GET', '/alerts');
    expect(theirs.body.data).toEqual([]);
  });
});
