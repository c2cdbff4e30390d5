import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestOrg,
  loginAs,
  startAdminTestApp,
  type AdminTestApp,
  type TestOrg,
} from '../../test-support/admin-test-app.js';
import { apiClient } from '../../test-support/api-client.js';
import { AuditService } from './audit.service.js';

let t: AdminTestApp;
let org: TestOrg;
let call: ReturnType<typeof apiClient>;
let auditor: string;

beforeAll(async () => {
  t = await startAdminTestApp();
  call = apiClient(t.baseUrl);
  org = await createTestOrg(t.db, 'audit-org');
  auditor = await loginAs(t.baseUrl, org.users.AUDITOR.email, org.password);
  const audit = t.app.get(AuditService);
  const actor = {
    kind: 'USER' as const,
    userId: org.users.ADMIN.id,
    orgId: org.orgId,
    email: org.users.ADMIN.email,
  };
  for (let i = 0; i < 5; i += 1)
    await audit.record({
      actor,
      action: 'provider.update',
      resourceType: 'provider',
      resourceId: `prov-${i}`,
      before: {
        name: `p${i}`,
        apiKey: 'sk-live-secret',
        config: { headers: { Authorization: 'Bearer x' } },
      },
      after: { name: `p${i}-new`, credentialsEnc: Buffer.from('sealed'), tokensPerMinute: 1000 },
    });
});
afterAll(async () => t.close());

describe('audit log', () => {
  it('stores entries with secrets elided', async () => {
    const row = await t.db.auditLog.findFirstOrThrow({
      where: { orgId: org.orgId, resourceId: 'prov-0' },
    });
    expect(row.before).toEqual({
      name: 'p0',
      apiKey: '[redacted]',
      config: { headers: { Authorization: '[redacted]' } },
    });
    expect(row.after).toEqual({
      name: 'p0-new',
      credentialsEnc: '[redacted]',
      tokensPerMinute: 1000,
    });
    expect(JSON.stringify(row.before)).not.toContain('sk-live-secret');
  });

  it('is append-only: UPDATE and DELETE are refused by the database', async () => {
    await expect(
      t.db
        .$executeRaw`UPDATE "AuditLog" SET action = 'tampered' WHERE "orgId" = ${org.orgId}::uuid`,
    ).rejects.toThrow();
    await expect(
      t.db.$executeRaw`DELETE FROM "AuditLog" WHERE "orgId" = ${org.orgId}::uuid`,
    ).rejects.toThrow();
    expect(await t.db.auditLog.count({ where: { orgId: org.orgId, action: 'tampered' } })).toBe(0);
  });

  it('filters by action, resource and actor, newest first, in pages', async () => {
    const first = await call('GET', '/api/v1/audit-log?action=provider.update&limit=2', {
      token: auditor,
    });
    expect(first.status).toBe(200);
    expect(first.body.data.map((e: { resourceId: string }) => e.resourceId)).toEqual([
      'prov-4',
      'prov-3',
    ]);
    const second = await call(
      'GET',
      `/api/v1/audit-log?action=provider.update&limit=2&cursor=${first.body.nextCursor}`,
      {
        token: auditor,
      },
    );
    expect(second.body.data.map((e: { resourceId: string }) => e.resourceId)).toEqual([
      'prov-2',
      'prov-1',
    ]);
    const one = await call(
      'GET',
      `/api/v1/audit-log?resourceType=provider&resourceId=prov-2&actorId=${org.users.ADMIN.id}`,
      {
        token: auditor,
      },
    );
    expect(one.body.data).toHaveLength(1);
    expect(one.body.data[0]).toMatchObject({
      actorEmail: org.users.ADMIN.email,
      actorType: 'USER',
    });
    const none = await call(
      'GET',
      `/api/v1/audit-log?action=provider.update&to=2000-01-01T00:00:00Z`,
      {
        token: auditor,
      },
    );
    expect(none.body.data).toEqual([]);
    const since = await call(
      'GET',
      `/api/v1/audit-log?action=provider.update&from=2000-01-01T00:00:00Z`,
      {
        token: auditor,
      },
    );
    expect(since.body.data).toHaveLength(5);
    const bad = await call('GET', '/api/v1/audit-log?from=yesterday', { token: auditor });
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe('from');
  });

  it('exports NDJSON and CSV with the same filters', async () => {
    const ndjson = await call(
      'GET',
      '/api/v1/audit-log/export?format=ndjson&action=provider.update',
      {
        token: auditor,
      },
    );
    expect(ndjson.status).toBe(200);
    expect(ndjson.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    const lines = ndjson.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { resourceId: string; before: unknown });
    expect(lines.map((l) => l.resourceId)).toEqual([
      'prov-4',
      'prov-3',
      'prov-2',
      'prov-1',
      'prov-0',
    ]);
    expect(ndjson.text).not.toContain('sk-live-secret');

    const csv = await call('GET', '/api/v1/audit-log/export?format=csv&resourceId=prov-1', {
      token: auditor,
    });
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="audit-log.csv"');
    const rows = csv.text.trim().split('\r\n');
    expect(rows[0]).toBe(
      'id,createdAt,actorType,actorId,actorEmail,action,resourceType,resourceId,ip,userAgent,before,after',
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(',provider.update,provider,prov-1,');
    expect(rows[1]).toContain('"{""name"":""p1"",""apiKey"":""[redacted]""');
  });

  it('is not visible to developers or finance', async () => {
    for (const role of ['DEVELOPER', 'FINANCE'] as const) {
      const token = await loginAs(t.baseUrl, org.users[role].email, org.password);
      expect((await call('GET', '/api/v1/audit-log', { token })).status).toBe(403);
      expect((await call('GET', '/api/v1/audit-log/export', { token })).status).toBe(403);
    }
  });
});
