import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  configVersion,
  lastAudit,
  startResourceTest,
  type ResourceTest,
} from '../resource-support/resource-test-kit.js';

type App = {
  id: string;
  teamId: string;
  teamName: string;
  name: string;
  archivedAt: string | null;
};
type Page<T> = { data: T[]; nextCursor: string | null };

describe('applications', () => {
  let t: ResourceTest;
  let teamA: string;
  let teamB: string;
  beforeAll(async () => {
    t = await startResourceTest('res-apps');
    [teamA, teamB] = t.org.teamIds;
  });
  afterAll(async () => t.close());

  it('creates, reads, updates and archives, recording each change', async () => {
    const before = await configVersion(t.db, t.org.orgId);
    const created = await t.call<App>('ADMIN', 'POST', '/applications', {
      teamId: teamA,
      name: 'Support bot',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ teamId: teamA, teamName: 'Team a', name: 'Support bot' });
    expect(await configVersion(t.db, t.org.orgId)).toBe(before + 1n);
    expect((await lastAudit(t.db, t.org.orgId, created.body.id))?.action).toBe(
      'application.create',
    );

    const id = created.body.id;
    expect((await t.call<App>('AUDITOR', 'GET', `/applications/${id}`)).body.name).toBe(
      'Support bot',
    );
    const renamed = await t.call<App>('ADMIN', 'PATCH', `/applications/${id}`, {
      name: 'Helpdesk',
    });
    expect(renamed.body.name).toBe('Helpdesk');

    const key = await t.call<{ key: { id: string } }>('ADMIN', 'POST', '/api-keys', {
      applicationId: id,
      name: 'k',
    });
    const archived = await t.call<App>('ADMIN', 'DELETE', `/applications/${id}`);
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
    const keyRow = await t.db.apiKey.findUnique({ where: { id: key.body.key.id } });
    expect(keyRow?.status).toBe('REVOKED');
    const list = await t.call<Page<App>>('ADMIN', 'GET', '/applications');
    expect(list.body.data.map((a) => a.id)).not.toContain(id);
    const all = await t.call<Page<App>>('ADMIN', 'GET', '/applications?includeArchived=true');
    expect(all.body.data.map((a) => a.id)).toContain(id);
  });

  it('answers bad bodies with 400 naming the field, and a taken name with 409', async () => {
    const missing = await t.call('ADMIN', 'POST', '/applications', { name: 'x' });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: 'invalid_request', param: 'teamId' });
    const stray = await t.call('ADMIN', 'POST', '/applications', {
      teamId: teamA,
      name: 'x',
      owner: 'me',
    });
    expect(stray.status).toBe(400);
    await t.call('ADMIN', 'POST', '/applications', { teamId: teamA, name: 'Dup' });
    const dup = await t.call('ADMIN', 'POST', '/applications', { teamId: teamA, name: 'Dup' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.param).toBe('name');
    const nul = await t.call('ADMIN', 'POST', '/applications', { teamId: teamA, name: 'a\u0000b' });
    expect(nul.status).toBe(400);
    const badId = await t.call('ADMIN', 'GET', '/applications/not-a-uuid');
    expect(badId.status).toBe(404);
  });

  it('keeps other organizations out with 404s', async () => {
    const app = await t.call<App>('ADMIN', 'POST', '/applications', {
      teamId: teamA,
      name: 'Mine',
    });
    expect((await t.call('OTHER_ADMIN', 'GET', `/applications/${app.body.id}`)).status).toBe(404);
    expect(
      (await t.call('OTHER_ADMIN', 'PATCH', `/applications/${app.body.id}`, { name: 'x' })).status,
    ).toBe(404);
    const foreignTeam = await t.call('OTHER_ADMIN', 'POST', '/applications', {
      teamId: teamA,
      name: 'Sneaky',
    });
    expect(foreignTeam.status).toBe(404);
    expect(foreignTeam.body.error.param).toBe('teamId');
    const theirs = await t.call<Page<App>>('OTHER_ADMIN', 'GET', '/applications');
    expect(theirs.body.data).toEqual([]);
  });

  it('scopes developers to their own teams', async () => {
    const ownApp = await t.call<App>('DEVELOPER', 'POST', '/applications', {
      teamId: teamA,
      name: 'Dev A app',
    });
    expect(ownApp.status).toBe(201);
    const otherTeam = await t.call('DEVELOPER', 'POST', '/applications', {
      teamId: teamB,
      name: 'Dev A in B',
    });
    expect(otherTeam.status).toBe(403);
    expect(otherTeam.body.error.param).toBe('teamId');

    const bApp = await t.call<App>('ADMIN', 'POST', '/applications', {
      teamId: teamB,
      name: 'B app',
    });
    const listed = await t.call<Page<App>>('DEVELOPER', 'GET', '/applications');
    expect(listed.body.data.every((a) => a.teamId === teamA)).toBe(true);
    expect(listed.body.data.map((a) => a.id)).toContain(ownApp.body.id);
    expect((await t.call('DEVELOPER', 'GET', `/applications/${bApp.body.id}`)).status).toBe(404);
    expect((await t.call('DEVELOPER_B', 'GET', `/applications/${bApp.body.id}`)).status).toBe(200);
    expect(
      (await t.call('DEVELOPER', 'PATCH', `/applications/${ownApp.body.id}`, { teamId: teamB }))
        .status,
    ).toBe(403);
    // FINANCE and AUDITOR read, but never write.
    expect((await t.call('FINANCE', 'GET', `/applications/${bApp.body.id}`)).status).toBe(200);
    expect(
      (await t.call('AUDITOR', 'POST', '/applications', { teamId: teamA, name: 'no' })).status,
    ).toBe(403);
  });

  it('pages with an opaque cursor', async () => {
    for (const n of [1, 2, 3]) {
      await t.call('ADMIN', 'POST', '/applications', { teamId: teamB, name: `paged ${n}` });
    }
    const first = await t.call<Page<App>>('ADMIN', 'GET', `/applications?teamId=${teamB}&limit=2`);
    expect(first.body.data).toHaveLength(2);
    expect(first.body.nextCursor).not.toBeNull();
    const second = await t.call<Page<App>>(
      'ADMIN',
      'GET',
      `/applications?teamId=${teamB}&limit=2&cursor=${first.body.nextCursor}`,
    );
    const seen = [...first.body.data, ...second.body.data].map((a) => a.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect((await t.call('ADMIN', 'GET', '/applications?cursor=zzz')).status).toBe(400);
    expect((await t.call('ADMIN', 'GET', '/applications?limit=0')).body.error.param).toBe('limit');
  });
});
