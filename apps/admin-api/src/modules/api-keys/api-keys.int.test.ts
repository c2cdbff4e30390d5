import { hashApiKey } from '@gatehouse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  configVersion,
  lastAudit,
  startResourceTest,
  type ResourceTest,
} from '../resource-support/resource-test-kit.js';

type Key = {
  id: string;
  applicationId: string;
  prefix: string;
  status: string;
  state: string;
  expiresAt: string | null;
  revokedAt: string | null;
  rotatedFromId: string | null;
  allowedModels: string[];
};
type Issued = { key: Key; secret: string };
type Page<T> = { data: T[]; nextCursor: string | null };

describe('API keys', () => {
  let t: ResourceTest;
  let appA: string;
  let appB: string;
  beforeAll(async () => {
    t = await startResourceTest('res-keys');
    const [teamA, teamB] = t.org.teamIds;
    const a = await t.call<{ id: string }>('ADMIN', 'POST', '/applications', {
      teamId: teamA,
      name: 'A',
    });
    const b = await t.call<{ id: string }>('ADMIN', 'POST', '/applications', {
      teamId: teamB,
      name: 'B',
    });
    appA = a.body.id;
    appB = b.body.id;
  });
  afterAll(async () => t.close());

  it('returns the secret once and stores only its hash', async () => {
    const version = await configVersion(t.db, t.org.orgId);
    const created = await t.call<Issued>('DEVELOPER', 'POST', '/api-keys', {
      applicationId: appA,
      name: 'ci',
      allowedModels: ['gpt-4o-mini'],
    });
    expect(created.status).toBe(201);
    const { key, secret } = created.body;
    expect(secret).toMatch(/^gh_[0-9A-Za-z]{40}$/);
    expect(key.prefix).toBe(secret.slice(0, 7));
    expect(key).toMatchObject({
      status: 'ACTIVE',
      state: 'active',
      allowedModels: ['gpt-4o-mini'],
    });

    const row = await t.db.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(row.keyHash).toBe(hashApiKey(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    const audit = await lastAudit(t.db, t.org.orgId, key.id);
    expect(audit?.action).toBe('api_key.create');
    expect(JSON.stringify(audit)).not.toContain(secret);
    expect(await configVersion(t.db, t.org.orgId)).toBe(version + 1n);

    const read = await t.call<Key & { secret?: string }>('ADMIN', 'GET', `/api-keys/${key.id}`);
    expect(read.body.prefix).toBe(key.prefix);
    expect(JSON.stringify(read.body)).not.toContain(secret.slice(7));
    const list = await t.call<Page<Key>>('ADMIN', 'GET', `/api-keys?applicationId=${appA}`);
    expect(JSON.stringify(list.body)).not.toContain(secret.slice(7));
    expect(list.body.data.map((k) => k.id)).toContain(key.id);
  });

  it('rotates with an overlap window on the old key', async () => {
    const { body } = await t.call<Issued>('ADMIN', 'POST', '/api-keys', {
      applicationId: appA,
      name: 'rot',
    });
    const started = Date.now();
    const rotated = await t.call<Issued & { previous: Key }>(
      'ADMIN',
      'POST',
      `/api-keys/${body.key.id}/rotate`,
      { overlapSeconds: 3600 },
    );
    expect(rotated.status).toBe(201);
    expect(rotated.body.secret).not.toBe(body.secret);
    expect(rotated.body.key.rotatedFromId).toBe(body.key.id);
    const oldExpiry = Date.parse(rotated.body.previous.expiresAt ?? '');
    expect(oldExpiry - started).toBeGreaterThanOrEqual(3600_000 - 1000);
    expect(oldExpiry - started).toBeLessThanOrEqual(3600_000 + 5000);
    expect(rotated.body.previous.state).toBe('active');
    const newRow = await t.db.apiKey.findUniqueOrThrow({ where: { id: rotated.body.key.id } });
    expect(newRow.keyHash).toBe(hashApiKey(rotated.body.secret));

    // Rotating the same key again is a conflict; the default overlap is 24 h.
    const again = await t.call('ADMIN', 'POST', `/api-keys/${body.key.id}/rotate`, {});
    expect(again.status).toBe(409);
    const next = await t.call<Issued & { previous: Key }>(
      'ADMIN',
      'POST',
      `/api-keys/${rotated.body.key.id}/rotate`,
    );
    const dayLater = Date.parse(next.body.previous.expiresAt ?? '') - Date.now();
    expect(Math.abs(dayLater - 86_400_000)).toBeLessThan(10_000);

    const tooLong = await t.call('ADMIN', 'POST', `/api-keys/${next.body.key.id}/rotate`, {
      overlapSeconds: 31 * 86_400,
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.param).toBe('overlapSeconds');
  });

  it('lets only one of two concurrent rotations win', async () => {
    const { body } = await t.call<Issued>('ADMIN', 'POST', '/api-keys', {
      applicationId: appA,
      name: 'race',
    });
    const both = await Promise.all([
      t.call('ADMIN', 'POST', `/api-keys/${body.key.id}/rotate`, {}),
      t.call('ADMIN', 'POST', `/api-keys/${body.key.id}/rotate`, {}),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await t.db.apiKey.count({ where: { rotatedFromId: body.key.id } })).toBe(1);
  });

  it('revokes at once and refuses to rotate a revoked key', async () => {
    const { body } = await t.call<Issued>('ADMIN', 'POST', '/api-keys', {
      applicationId: appA,
      name: 'rev',
    });
    const version = await configVersion(t.db, t.org.orgId);
    const revoked = await t.call<Key>('DEVELOPER', 'POST', `/api-keys/${body.key.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'REVOKED', state: 'revoked' });
    expect(revoked.body.revokedAt).not.toBeNull();
    expect(await configVersion(t.db, t.org.orgId)).toBe(version + 1n);
    const rotate = await t.call('ADMIN', 'POST', `/api-keys/${body.key.id}/rotate`, {});
    expect(rotate.status).toBe(409);
    expect(rotate.body.error.code).toBe('key_revoked');
  });

  it('validates bodies', async () => {
    const noApp = await t.call('ADMIN', 'POST', '/api-keys', { name: 'x' });
    expect(noApp.body.error.param).toBe('applicationId');
    const past = await t.call('ADMIN', 'POST', '/api-keys', {
      applicationId: appA,
      name: 'x',
      expiresAt: '2020-01-01T00:00:00Z',
    });
    expect(past.status).toBe(400);
    expect(past.body.error.param).toBe('expiresAt');
    const badDate = await t.call('ADMIN', 'POST', '/api-keys', {
      applicationId: appA,
      name: 'x',
      expiresAt: 'tomorrow',
    });
    expect(badDate.body.error.param).toBe('expiresAt');
  });

  it('keeps developers to their teams and other orgs out', async () => {
    const bKey = await t.call<Issued>('ADMIN', 'POST', '/api-keys', {
      applicationId: appB,
      name: 'b',
    });
    expect((await t.call('DEVELOPER', 'GET', `/api-keys/${bKey.body.key.id}`)).status).toBe(404);
    expect((await t.call('DEVELOPER', 'POST', `/api-keys/${bKey.body.key.id}/revoke`)).status).toBe(
      404,
    );
    const forB = await t.call('DEVELOPER', 'POST', '/api-keys', { applicationId: appB, name: 'x' });
    expect(forB.status).toBe(404);
    expect(forB.body.error.param).toBe('applicationId');
    const mine = await t.call<Page<Key>>('DEVELOPER', 'GET', '/api-keys');
    expect(mine.body.data.length).toBeGreaterThan(0);
    expect(mine.body.data.every((k) => k.applicationId === appA)).toBe(true);

    expect((await t.call('OTHER_ADMIN', 'GET', `/api-keys/${bKey.body.key.id}`)).status).toBe(404);
    expect(
      (await t.call('OTHER_ADMIN', 'POST', '/api-keys', { applicationId: appA, name: 'x' })).status,
    ).toBe(404);
    expect((await t.call('FINANCE', 'GET', '/api-keys')).status).toBe(403);
    expect((await t.call('AUDITOR', 'GET', '/api-keys')).status).toBe(200);
  });
});
