import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestOrg,
  loginAs,
  startAdminTestApp,
  type AdminTestApp,
  type TestOrg,
} from '../../test-support/admin-test-app.js';
import { apiClient } from '../../test-support/api-client.js';

let t: AdminTestApp;
let org: TestOrg;
let call: ReturnType<typeof apiClient>;
let owner: string;
let admin: string;

beforeAll(async () => {
  t = await startAdminTestApp({ SIGNUP_MODE: 'invite_or_domain' });
  call = apiClient(t.baseUrl);
  org = await createTestOrg(t.db, 'users-org');
  owner = await loginAs(t.baseUrl, org.users.OWNER.email, org.password);
  admin = await loginAs(t.baseUrl, org.users.ADMIN.email, org.password);
});
afterAll(async () => t.close());

describe('users', () => {
  it('lists the org’s users with filters and pages', async () => {
    const auditor = await loginAs(t.baseUrl, org.users.AUDITOR.email, org.password);
    const all = await call('GET', '/api/v1/users?limit=4', { token: auditor });
    expect(all.status).toBe(200);
    expect(all.body.data).toHaveLength(4);
    const rest = await call('GET', `/api/v1/users?limit=4&cursor=${all.body.nextCursor}`, {
      token: auditor,
    });
    expect(rest.body.data).toHaveLength(2);
    expect(rest.body.nextCursor).toBeNull();
    const ids = [...all.body.data, ...rest.body.data].map((u: { id: string }) => u.id);
    expect(new Set(ids).size).toBe(6);
    const devs = await call('GET', '/api/v1/users?role=DEVELOPER', { token: auditor });
    expect(devs.body.data.map((u: { email: string }) => u.email).sort()).toEqual([
      'developer-b@users-org.test',
      'developer@users-org.test',
    ]);
    expect(JSON.stringify(all.body)).not.toMatch(/passwordHash|argon2/);
    const bad = await call('GET', '/api/v1/users?cursor=%%%', { token: auditor });
    expect(bad.status).toBe(400);
  });

  it('changes a role (audited) and keeps OWNER to OWNERs', async () => {
    const changed = await call('PATCH', `/api/v1/users/${org.users.FINANCE.id}`, {
      token: admin,
      body: { role: 'AUDITOR' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.role).toBe('AUDITOR');
    const entry = await t.db.auditLog.findFirstOrThrow({
      where: { action: 'user.role_change', resourceId: org.users.FINANCE.id },
    });
    expect(entry.before).toMatchObject({ role: 'FINANCE' });
    expect(entry.after).toMatchObject({ role: 'AUDITOR' });
    const promote = await call('PATCH', `/api/v1/users/${org.users.FINANCE.id}`, {
      token: admin,
      body: { role: 'OWNER' },
    });
    expect(promote.status).toBe(403);
    expect(promote.body.error.code).toBe('owner_required');
    const self = await call('PATCH', `/api/v1/users/${org.users.OWNER.id}`, {
      token: owner,
      body: { role: 'ADMIN' },
    });
    expect(self.body.error.code).toBe('cannot_change_self');
    await call('PATCH', `/api/v1/users/${org.users.FINANCE.id}`, {
      token: admin,
      body: { role: 'FINANCE' },
    });
  });

  it('disables a user: login and existing sessions stop working', async () => {
    const session = await loginAs(t.baseUrl, org.developerOtherTeam.email, org.password);
    const disabled = await call('PATCH', `/api/v1/users/${org.developerOtherTeam.id}`, {
      token: admin,
      body: { status: 'DISABLED' },
    });
    expect(disabled.body.status).toBe('DISABLED');
    expect((await call('GET', '/api/v1/auth/me', { token: session })).status).toBe(401);
    const login = await call('POST', '/api/v1/auth/login', {
      body: { email: org.developerOtherTeam.email, password: org.password },
    });
    expect(login.status).toBe(403);
    expect(login.body.error.code).toBe('account_disabled');
    expect(
      await t.db.auditLog.count({
        where: { action: 'user.disable', resourceId: org.developerOtherTeam.id },
      }),
    ).toBe(1);
  });
});

describe('invitations and sign-up domains', () => {
  it('invites with a token shown once; the invitee signs up with role and team', async () => {
    const created = await call('POST', '/api/v1/invitations', {
      token: admin,
      body: { email: 'Auditor2@Elsewhere.test', role: 'AUDITOR', teamId: org.teamIds[1] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      email: 'auditor2@elsewhere.test',
      role: 'AUDITOR',
      status: 'PENDING',
    });
    const stored = await t.db.invitation.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(stored.tokenHash).not.toBe(created.body.token);
    const list = await call('GET', '/api/v1/invitations?pending=true', { token: admin });
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
    expect(list.body.data.map((i: { id: string }) => i.id)).toContain(created.body.id);

    const signup = await call('POST', '/api/v1/auth/signup', {
      body: {
        email: 'auditor2@elsewhere.test',
        password: 'a-long-password',
        name: 'Second Auditor',
        invitationToken: created.body.token,
      },
    });
    expect(signup.status).toBe(201);
    expect(signup.body.user).toMatchObject({ orgId: org.orgId, role: 'AUDITOR' });
    const after = await call('GET', '/api/v1/invitations?pending=true', { token: admin });
    expect(after.body.data.map((i: { id: string }) => i.id)).not.toContain(created.body.id);
    expect(
      (await call('DELETE', `/api/v1/invitations/${created.body.id}`, { token: admin })).status,
    ).toBe(409);
  });

  it('refuses an OWNER invitation from an ADMIN and an e-mail that has an account', async () => {
    const owner2 = await call('POST', '/api/v1/invitations', {
      token: admin,
      body: { email: 'boss@elsewhere.test', role: 'OWNER' },
    });
    expect(owner2.body.error.code).toBe('owner_required');
    const taken = await call('POST', '/api/v1/invitations', {
      token: admin,
      body: { email: org.users.ADMIN.email },
    });
    expect(taken.status).toBe(409);
  });

  it('opens sign-up to the domains the org allows', async () => {
    const body = { email: 'dev@users-org-new.test', password: 'a-long-password', name: 'Dev' };
    expect((await call('POST', '/api/v1/auth/signup', { body })).status).toBe(403);
    const patched = await call('PATCH', '/api/v1/org', {
      token: owner,
      body: { allowedSignupDomains: ['Users-Org-New.test'] },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.allowedSignupDomains).toEqual(['users-org-new.test']);
    const signup = await call('POST', '/api/v1/auth/signup', { body });
    expect(signup.status).toBe(201);
    expect(signup.body.user).toMatchObject({ orgId: org.orgId, role: 'DEVELOPER' });
    const bad = await call('PATCH', '/api/v1/org', {
      token: owner,
      body: { allowedSignupDomains: ['not a domain'] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe('allowedSignupDomains.0');
  });
});
