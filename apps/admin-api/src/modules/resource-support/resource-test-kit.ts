// Test-only helpers shared by the resource modules' integration tests (imported by *.int.test.ts).
import type { DbClient, OrgRole } from '@gatehouse/db';
import { SessionTokensService } from '../../auth/session-tokens.service.js';
import {
  createTestOrg,
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
  // Sessions issued directly (the same tokens login returns), to skip argon2 per role.
  const sessions = app.app.get(SessionTokensService, { strict: false });
  const session = async (id: string, orgId: string, role: OrgRole) =>
    (await sessions.issue({ id, orgId, role }, new Date())).token;
  const tokens: Record<Caller | 'OTHER_ADMIN', string> = {
    OWNER: await session(org.users.OWNER.id, org.orgId, 'OWNER'),
    ADMIN: await session(org.users.ADMIN.id, org.orgId, 'ADMIN'),
    DEVELOPER: await session(org.users.DEVELOPER.id, org.orgId, 'DEVELOPER'),
    DEVELOPER_B: await session(org.developerOtherTeam.id, org.orgId, 'DEVELOPER'),
    FINANCE: await session(org.users.FINANCE.id, org.orgId, 'FINANCE'),
    AUDITOR: await session(org.users.AUDITOR.id, org.orgId, 'AUDITOR'),
    OTHER_ADMIN: await session(other.users.ADMIN.id, other.orgId, 'ADMIN'),
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
