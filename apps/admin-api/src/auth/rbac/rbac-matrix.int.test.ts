import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgRole } from '@gatehouse/db';
import { OpenApiController } from '../../openapi/openapi.controller.js';
import type { RouteInfo } from '../../openapi/list-routes.js';
import {
  createTestOrg,
  startAdminTestApp,
  type AdminTestApp,
  type TestOrg,
} from '../../test-support/admin-test-app.js';
import { apiClient, type ApiResponse } from '../../test-support/api-client.js';
import { SessionTokensService } from '../session-tokens.service.js';
import { generateAccessToken, hashAccessToken, keyPrefix } from '@gatehouse/shared';
import { isPermission, scopeGrants } from './check-permission.js';
import { PERMISSIONS, TOKEN_SCOPE_NAMES } from './permissions.js';

const ROLES: readonly OrgRole[] = ['OWNER', 'ADMIN', 'DEVELOPER', 'FINANCE', 'AUDITOR'];

// Routes that need no authentication. A new public route must be added here on purpose.
const PUBLIC_ROUTES = new Set([
  'GET /healthz',
  'GET /readyz',
  'GET /api/openapi.json',
  'GET /api/docs',
  'GET /api/docs/:asset',
  'POST /api/v1/auth/signup',
  'POST /api/v1/auth/login',
  'GET /api/v1/auth/oidc/login',
  'GET /api/v1/auth/oidc/authorize-url',
  'GET /api/v1/auth/oidc/callback',
]);

let t: AdminTestApp;
let org: TestOrg;
let routes: RouteInfo[];
let call: ReturnType<typeof apiClient>;

const label = (route: RouteInfo) => `${route.method} ${route.path}`;

// Path parameters get random UUIDs: the guard decides before any lookup, and handlers that do
// run find nothing (404) or refuse the empty body (400), so the matrix changes no data.
function concretePath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, () => randomUUID());
}

async function requestAs(route: RouteInfo, role: OrgRole | null): Promise<ApiResponse> {
  const user = role === null ? null : org.users[role];
  const token =
    user === null
      ? undefined
      : (
          await t.app
            .get(SessionTokensService)
            .issue({ id: user.id, orgId: org.orgId, role: role as OrgRole }, new Date())
        ).token;
  const hasBody = route.method === 'POST' || route.method === 'PUT' || route.method === 'PATCH';
  return call(route.method, concretePath(route.path), { token, body: hasBody ? {} : undefined });
}

function isGuardDenial(response: ApiResponse): boolean {
  return (
    response.status === 403 &&
    typeof response.body?.error?.message === 'string' &&
    response.body.error.message.startsWith('Permission "')
  );
}

beforeAll(async () => {
  t = await startAdminTestApp();
  call = apiClient(t.baseUrl);
  org = await createTestOrg(t.db, 'rbac-org');
  routes = t.app.get(OpenApiController).routes();
});
afterAll(async () => t.close());

describe('RBAC matrix over every registered route', () => {
  it('finds the routes of every module (sanity)', () => {
    const paths = routes.map(label);
    for (const expected of [
      'GET /api/v1/teams',
      'PATCH /api/v1/users/:id',
      'GET /api/v1/audit-log',
      'POST /api/v1/auth/tokens',
    ])
      expect(paths).toContain(expected);
  });

  it('every route is public on purpose or names a permission of the table', () => {
    const problems = routes.flatMap((route) => {
      if (route.isPublic)
        return PUBLIC_ROUTES.has(label(route)) ? [] : [`${label(route)} is public but not listed`];
      if (route.permission === null) return [`${label(route)} declares no @RequirePermission`];
      if (!isPermission(route.permission))
        return [`${label(route)} names "${route.permission}", which is not in PERMISSIONS`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('refuses every guarded route without a token (401)', async () => {
    const problems: string[] = [];
    for (const route of routes.filter((r) => !r.isPublic)) {
      const response = await requestAs(route, null);
      if (response.status !== 401) problems.push(`${label(route)} answered ${response.status}`);
    }
    expect(problems).toEqual([]);
  });

  it('allows exactly the roles of each route’s permission line, and denies the others', async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const route of routes.filter((r) => !r.isPublic && r.permission !== null)) {
      if (!isPermission(route.permission ?? '')) continue;
      const allowed: readonly OrgRole[] = PERMISSIONS[route.permission as keyof typeof PERMISSIONS];
      for (const role of ROLES) {
        const response = await requestAs(route, role);
        checked += 1;
        const where = `${label(route)} as ${role} (${route.permission})`;
        if (allowed.includes(role)) {
          if (isGuardDenial(response) || response.status === 401)
            problems.push(`${where}: should be allowed, got ${response.status}`);
          else if (response.status >= 500)
            problems.push(`${where}: allowed but answered ${response.status} ${response.text}`);
        } else if (
          !isGuardDenial(response) ||
          response.body.error.code !== 'forbidden' ||
          response.body.error.message !==
            `Permission "${route.permission}" is not granted to role ${role}`
        ) {
          problems.push(`${where}: should be denied, got ${response.status} ${response.text}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(routes.filter((r) => !r.isPublic).length * 5);
  });

  it('limits an OWNER’s access token to what each scope reaches', async () => {
    const problems: string[] = [];
    for (const scope of TOKEN_SCOPE_NAMES) {
      const secret = generateAccessToken();
      await t.db.personalAccessToken.create({
        data: {
          userId: org.users.OWNER.id,
          name: `matrix ${scope}`,
          tokenHash: hashAccessToken(secret),
          prefix: keyPrefix(secret),
          scopes: [scope],
        },
      });
      for (const route of routes.filter((r) => !r.isPublic && isPermission(r.permission ?? ''))) {
        const hasBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
        const response = await call(route.method, concretePath(route.path), {
          token: secret,
          body: hasBody ? {} : undefined,
        });
        const where = `${label(route)} with scope ${scope} (${route.permission})`;
        const reaches = scopeGrants(scope, route.permission ?? '');
        if (reaches && (isGuardDenial(response) || response.status === 401))
          problems.push(`${where}: should be allowed, got ${response.status}`);
        if (
          !reaches &&
          !(response.status === 403 && response.body?.error?.code === 'insufficient_scope')
        )
          problems.push(`${where}: should be insufficient_scope, got ${response.status}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
