import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  configVersion,
  startResourceTest,
  type ResourceTest,
} from '../resource-support/resource-test-kit.js';

type Budget = {
  id: string;
  scope: string;
  teamId: string | null;
  applicationId: string | null;
  apiKeyId: string | null;
  amount: { micros: string; usd: string } | null;
  tokenLimit: string | null;
  alertThresholds: number[];
  mode: string;
};
type Page<T> = { data: T[]; nextCursor: string | null };

describe('budgets', () => {
  let t: ResourceTest;
  let teamA: string;
  let app: string;
  let key: string;
  beforeAll(async () => {
    t = await startResourceTest('res-budgets');
    teamA = t.org.teamIds[0];
    app = (
      await t.call<{ id: string }>('ADMIN', 'POST', '/applications', { teamId: teamA, name: 'A' })
    ).body.id;
    key = (
      await t.call<{ key: { id: string } }>('ADMIN', 'POST', '/api-keys', {
        applicationId: app,
        name: 'k',
      })
    ).body.key.id;
  });
  afterAll(async () => t.close());

  it('lets FINANCE create budgets of every scope with the matching id', async () => {
    const version = await configVersion(t.db, t.org.orgId);
    const org = await t.call<Budget>('FINANCE', 'POST', '/budgets', {
      name: 'Org monthly',
      scope: 'ORG',
      amountMicros: '5000000000',
      mode: 'HARD',
      alertThresholds: [100, 50, 80],
    });
    expect(org.status).toBe(201);
    expect(org.body).toMatchObject({
      scope: 'ORG',
      teamId: null,
      amount: { micros: '5000000000', usd: '5000.00' },
      alertThresholds: [50, 80, 100],
      mode: 'HARD',
    });
    expect(await configVersion(t.db, t.org.orgId)).toBe(version + 1n);
    const team = await t.call<Budget>('FINANCE', 'POST', '/budgets', {
      name: 'Team A',
      scope: 'TEAM',
      teamId: teamA,
      tokenLimit: 1_000_000,
    });
    expect(team.body).toMatchObject({ teamId: teamA, tokenLimit: '1000000', amount: null });
    const perApp = await t.call<Budget>('ADMIN', 'POST', '/budgets', {
      name: 'App A',
      scope: 'APPLICATION',
      applicationId: app,
      requestLimit: 10000,
      period: 'DAY',
    });
    expect(perApp.body.applicationId).toBe(app);
    const perKey = await t.call<Budget>('ADMIN', 'POST', '/budgets', {
      name: 'Key',
      scope: 'API_KEY',
      apiKeyId: key,
      amountMicros: 1_000_000,
    });
    expect(perKey.body.apiKeyId).toBe(key);

    const teamBudgets = await t.call<Page<Budget>>('AUDITOR', 'GET', `/budgets?scope=TEAM`);
    expect(teamBudgets.body.data.map((b) => b.id)).toEqual([team.body.id]);
    const updated = await t.call<Budget>('FINANCE', 'PATCH', `/budgets/${team.body.id}`, {
      amountMicros: '250000000',
      mode: 'SOFT',
    });
    expect(updated.body).toMatchObject({
      amount: { micros: '250000000', usd: '250.00' },
      tokenLimit: '1000000',
    });
  });

  it('requires the scope’s id, no stray ids and at least one limit', async () => {
    const noTeam = await t.call('FINANCE', 'POST', '/budgets', {
      name: 'x',
      scope: 'TEAM',
      amountMicros: 1,
    });
    expect(noTeam.status).toBe(400);
    expect(noTeam.body.error.param).toBe('teamId');
    const stray = await t.call('FINANCE', 'POST', '/budgets', {
      name: 'x',
      scope: 'ORG',
      applicationId: app,
      amountMicros: 1,
    });
    expect(stray.body.error.param).toBe('applicationId');
    const noLimit = await t.call('FINANCE', 'POST', '/budgets', { name: 'x', scope: 'ORG' });
    expect(noLimit.body.error.param).toBe('amountMicros');
    const badScope = await t.call('FINANCE', 'POST', '/budgets', {
      name: 'x',
      scope: 'USER',
      amountMicros: 1,
    });
    expect(badScope.body.error.param).toBe('scope');
    const dup = await t.call('FINANCE', 'POST', '/budgets', {
      name: 'Org monthly',
      scope: 'ORG',
      amountMicros: 1,
    });
    expect(dup.status).toBe(409);
    const list = await t.call<Page<Budget>>('FINANCE', 'GET', '/budgets?scope=ORG');
    const clearAll = await t.call('FINANCE', 'PATCH', `/budgets/${list.body.data[0]?.id}`, {
      amountMicros: null,
    });
    expect(clearAll.body.error.param).toBe('amountMicros');
  });

  it('refuses other orgs’ targets and keeps developers out', async () => {
    const foreignTeam = await t.call('OTHER_ADMIN', 'POST', '/budgets', {
      name: 'x',
      scope: 'TEAM',
      teamId: teamA,
      amountMicros: 1,
    });
    expect(foreignTeam.status).toBe(404);
    expect(foreignTeam.body.error.param).toBe('teamId');
    const list = await t.call<Page<Budget>>('FINANCE', 'GET', '/budgets');
    const id = list.body.data[0]?.id;
    expect((await t.call('OTHER_ADMIN', 'GET', `/budgets/${id}`)).status).toBe(404);
    expect((await t.call('DEVELOPER', 'GET', '/budgets')).status).toBe(403);
    expect((await t.call('AUDITOR', 'DELETE', `/budgets/${id}`)).status).toBe(403);
    expect((await t.call('FINANCE', 'DELETE', `/budgets/${id}`)).status).toBe(204);
    expect((await t.call('FINANCE', 'GET', `/budgets/${id}`)).status).toBe(404);
  });
});
