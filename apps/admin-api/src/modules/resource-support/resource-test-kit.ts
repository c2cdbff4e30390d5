// Test-only helpers shared by the resource modules' integration tests (imported by *.int.test.ts).
import type { DbClient } from '@gatehouse/db';
import {
  createTestOrg,
  loginAs,
  startAdminTestApp,
  type AdminTestApp,
  type TestOrg,
} from '../../test-support/admin-test-app.js';

export type Caller = 'OWNER' | 'ADMIN' | 'DEVELOPER' | 'DEVELOPER_B' | 'FINANCE' | 'AUDITOR';

export type ApiResult<T> = { status: number; body: T };

export type ErrorBody = { error: { code: string; message: string; param?: string } };

export type Call = <T = ErrorBody>(
  caller: Caller | 'OTHER_ADMIN',
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
) => Promise<ApiResult<T>>;

export type ResourceTest = {
  app: AdminTestApp;
  db: DbClient;
  org: TestOrg;
  /** A second organization, to prove its ids are 404s. */
  other: TestOrg;
  call: Call;
  close: () => Promise<void>;
};

/** The admin API, an org with a session per role, and a second org with an admin. */
export async function startResourceTest(slug: string): Promise<ResourceTest> {
  const app = await startAdminTestApp();
  const org = await createTestOrg(app.db, slug);
  const other = await createTestOrg(app.db, `${slug}-other`);
  const login = (email: string) => loginAs(app.baseUrl, email, org.password);
  const tokens: Record<Caller | 'OTHER_ADMIN', string> = {
    OWNER: await login(org.users.OWNER.email),
    ADMIN: await login(org.users.ADMIN.email),
    DEVELOPER: await login(org.users.DEVELOPER.email),
    DEVELOPER_B: await login(org.developerOtherTeam.email),
    FINANCE: await login(org.users.FINANCE.email),
    AUDITOR: await login(org.users.AUDITOR.email),
    OTHER_ADMIN: await login(other.users.ADMIN.email),
  };
  const call: Call = async <T>(
    caller: Caller | 'OTHER_ADMIN',
    method: string,
    path: string,
    body?: unknown,
  ) => {
    const response = await fetch(`${app.baseUrl}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens[caller]}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text === '' ? null : JSON.parse(text)) as T };
  };
  return { app, db: app.db, org, other, call, close: app.close };
}

/** The org's config version (0 before the first change). */
export async function configVersion(db: DbClient, orgId: string): Promise<bigint> {
  const row = await db.configVersion.findUnique({ where: { orgId }, select: { version: true } });
  return row?.version ?? 0n;
}

/** The newest audit entry of a resource. */
export async function lastAudit(db: DbClient, orgId: string, resourceId: string) {
  return db.auditLog.findFirst({
    where: { orgId, resourceId },
    orderBy: { id: 'desc' },
    select: { action: true, before: true, after: true, actorId: true },
  });
}
