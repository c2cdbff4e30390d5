import { randomBytes } from 'node:crypto';
import { seedDemo } from '@gatehouse/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenApiController } from '../../openapi/openapi.controller.js';
import type { RouteInfo } from '../../openapi/list-routes.js';
import {
  createTestOrg,
  loginAs,
  startAdminTestApp,
  type AdminTestApp,
  type TestOrg,
} from '../../test-support/admin-test-app.js';
import { apiClient } from '../../test-support/api-client.js';

// Another organization with a bit of everything (the demo org), and the OWNER of a fresh org
// walking every GET route of the app: nothing of the demo org may come back.
let t: AdminTestApp;
let org: TestOrg;
let owner: string;
let foreignIds: Array<{ table: string; id: string }>;
let routes: RouteInfo[];
let call: ReturnType<typeof apiClient>;

async function idsOfOrg(orgId: string): Promise<Array<{ table: string; id: string }>> {
  const tables = await t.db.$queryRaw<Array<{ table_name: string }>>`
    SELECT c.table_name FROM information_schema.columns c
    JOIN information_schema.columns i ON i.table_name = c.table_name AND i.column_name = 'id'
      AND i.table_schema = c.table_schema
    WHERE c.column_name = 'orgId' AND c.table_schema = current_schema()
      AND c.table_name NOT IN ('AuditLog', 'UsageEvent', 'UsageRollup')
      AND c.table_name NOT LIKE 'UsageEvent_%'`;
  const out: Array<{ table: string; id: string }> = [];
  for (const { table_name: table } of tables) {
    // Table names come from the catalog, not from input.
    const rows = await t.db.$queryRawUnsafe<Array<{ id: string }>>(
      `SELECT id::text AS id FROM "${table}" WHERE "orgId" = $1::uuid ORDER BY id LIMIT 2`,
      orgId,
    );
    for (const row of rows) out.push({ table, id: row.id });
  }
  return out;
}

beforeAll(async () => {
  t = await startAdminTestApp();
  call = apiClient(t.baseUrl);
  const demo = await seedDemo(t.db, {
    encryptionKey: randomBytes(32),
    adminEmail: 'admin@acme.test',
    adminPassword: 'demo-password-123',
    mockProviderUrl: 'http://127.0.0.1:9090',
    now: new Date(),
    usageDays: 0,
  });
  foreignIds = [{ table: 'Organization', id: demo.orgId }, ...(await idsOfOrg(demo.orgId))];
  org = await createTestOrg(t.db, 'tenancy-org');
  owner = await loginAs(t.baseUrl, org.users.OWNER.email, org.password);
  routes = t.app
    .get(OpenApiController)
    .routes()
    .filter((r) => !r.isPublic && r.method === 'GET');
});
afterAll(async () => t.close());

describe('tenancy over every GET route', () => {
  it('the seed’s users log in with SEED_ADMIN_PASSWORD (argon2id hashes)', async () => {
    const row = await t.db.user.findUniqueOrThrow({ where: { email: 'developer@acme.test' } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    const response = await call('POST', '/api/v1/auth/login', {
      body: { email: 'developer@acme.test', password: 'demo-password-123' },
    });
    expect(response.status).toBe(200);
    expect(response.body.user.role).toBe('DEVELOPER');
  });

  it('has foreign rows of many kinds to look for', () => {
    expect(new Set(foreignIds.map((f) => f.table)).size).toBeGreaterThanOrEqual(8);
  });

  it('lists never include another organization’s rows', async () => {
    const leaks: string[] = [];
    for (const route of routes.filter((r) => !r.path.includes(':'))) {
      const response = await call('GET', route.path, { token: owner });
      for (const { table, id } of foreignIds)
        if (response.text.includes(id)) leaks.push(`${route.path} shows ${table} ${id}`);
    }
    expect(leaks).toEqual([]);
  });

  // 404, or 400 where the route refuses its query before any lookup; never the row (2xx), never
  // a 403 that would confirm the id exists, never a 500.
  it('another organization’s ids answer 404 on every GET /…/:param route', async () => {
    const problems: string[] = [];
    for (const route of routes.filter((r) => (r.path.match(/:/g) ?? []).length === 1)) {
      for (const { table, id } of foreignIds) {
        const response = await call('GET', route.path.replace(/:[A-Za-z0-9_]+/, id), {
          token: owner,
        });
        if (
          (response.status !== 404 && response.status !== 400) ||
          response.text.includes(`"${id}"`)
        )
          problems.push(`${route.path} with ${table} ${id}: ${response.status}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
