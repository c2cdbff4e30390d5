import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '@gatehouse/shared';
import {
  createTestOrg,
  loginAs,
  startAdminTestApp,
  TEST_JWT_SECRET,
  type AdminTestApp,
  type TestOrg,
} from '../test-support/admin-test-app.js';
import { apiClient } from '../test-support/api-client.js';

let t: AdminTestApp;
let org: TestOrg;
let call: ReturnType<typeof apiClient>;

beforeAll(async () => {
  t = await startAdminTestApp();
  call = apiClient(t.baseUrl);
  org = await createTestOrg(t.db, 'auth-org');
  await t.db.organization.update({
    where: { id: org.orgId },
    data: { allowedSignupDomains: ['auth-org.test'] },
  });
});
afterAll(async () => t.close());

describe('sign-up', () => {
  it('signs up a DEVELOPER by allowed domain and returns a working session', async () => {
    const res = await call('POST', '/api/v1/auth/signup', {
      body: { email: 'New.Dev@Auth-Org.test', password: 'long-enough-pw', name: 'New Dev' },
    });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({
      email: 'new.dev@auth-org.test',
      role: 'DEVELOPER',
      orgId: org.orgId,
      status: 'ACTIVE',
    });
    const stored = await t.db.user.findUniqueOrThrow({ where: { email: 'new.dev@auth-org.test' } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    const me = await call('GET', '/api/v1/auth/me', { token: res.body.token });
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(stored.id);
    expect(me.body.permissions).toContain('teams.read');
    expect(me.body.permissions).not.toContain('teams.write');
    const audit = await t.db.auditLog.findFirst({
      where: { action: 'user.signup', resourceId: stored.id },
    });
    expect(audit?.after).toMatchObject({ email: 'new.dev@auth-org.test', via: 'domain' });
  });

  it('signs up by invitation with its role and team, once', async () => {
    const token = 'invite-token-0123456789abcdefghij';
    await t.db.invitation.create({
      data: {
        orgId: org.orgId,
        email: 'fin@elsewhere.test',
        role: 'FINANCE',
        teamId: org.teamIds[1],
        tokenHash: hashApiKey(token),
        expiresAt: new Date(Date.now() + 3_600_000),
      },
    });
    const body = {
      email: 'fin@elsewhere.test',
      password: 'long-enough-pw',
      name: 'Fin',
      invitationToken: token,
    };
    const res = await call('POST', '/api/v1/auth/signup', { body });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({
      role: 'FINANCE',
      teams: [{ teamId: org.teamIds[1], role: 'MEMBER' }],
    });
    const again = await call('POST', '/api/v1/auth/signup', {
      body: { ...body, email: 'fin@elsewhere.test' },
    });
    expect(again.status).toBe(403);
    expect(again.body.error.code).toBe('invalid_invitation');
  });

  it('refuses an e-mail domain no org allows, a short password and a taken e-mail', async () => {
    const refused = await call('POST', '/api/v1/auth/signup', {
      body: { email: 'x@nowhere.test', password: 'long-enough-pw', name: 'X' },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('signup_not_allowed');
    const short = await call('POST', '/api/v1/auth/signup', {
      body: { email: 'y@auth-org.test', password: 'short', name: 'Y' },
    });
    expect(short.status).toBe(400);
    expect(short.body.error).toMatchObject({ code: 'invalid_request', param: 'password' });
    const taken = await call('POST', '/api/v1/auth/signup', {
      body: { email: org.users.ADMIN.email, password: 'long-enough-pw', name: 'Z' },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('email_taken');
  });
});

describe('login', () => {
  it('returns token, expiry and user; the JWT carries sub, org and role', async () => {
    const before = Date.now();
    const res = await call('POST', '/api/v1/auth/login', {
      body: { email: org.users.ADMIN.email, password: org.password },
    });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: org.users.ADMIN.id, role: 'ADMIN' });
    const expiresAt = Date.parse(res.body.expiresAt);
    expect(expiresAt - before).toBeGreaterThan(3590_000);
    expect(expiresAt - before).toBeLessThan(3610_000);
    const payload = JSON.parse(Buffer.from(res.body.token.split('.')[1], 'base64url').toString());
    expect(payload).toMatchObject({ sub: org.users.ADMIN.id, org: org.orgId, role: 'ADMIN' });
  });

  it('answers the 6th bad attempt for an e-mail with 429 and retry-after', async () => {
    const body = { email: org.users.AUDITOR.email, password: 'wrong-password' };
    for (let i = 0; i < 5; i += 1) {
      const res = await call('POST', '/api/v1/auth/login', { body });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('invalid_credentials');
    }
    const locked = await call('POST', '/api/v1/auth/login', {
      body: { ...body, password: org.password },
    });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
    const failures = await t.db.auditLog.count({
      where: { action: 'auth.login_failed', resourceId: org.users.AUDITOR.id },
    });
    expect(failures).toBe(5);
  });

  it('refuses an unknown e-mail like a wrong password', async () => {
    const res = await call('POST', '/api/v1/auth/login', {
      body: { email: 'ghost@auth-org.test', password: 'whatever-pw' },
    });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('invalid_credentials');
  });
});

describe('sessions', () => {
  it('refuses an expired session token with token_expired', async () => {
    const key = new TextEncoder().encode(TEST_JWT_SECRET);
    const past = Math.floor(Date.now() / 1000) - 7200;
    const token = await new SignJWT({ org: org.orgId, role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(org.users.ADMIN.id)
      .setIssuer('gatehouse-admin-api')
      .setAudience('gatehouse')
      .setJti('expired-1')
      .setIssuedAt(past)
      .setExpirationTime(past + 3600)
      .sign(key);
    const res = await call('GET', '/api/v1/auth/me', { token });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('token_expired');
  });

  it('refuses a token signed with another key, and no token at all', async () => {
    const token = await new SignJWT({ org: org.orgId, role: 'OWNER' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(org.users.OWNER.id)
      .setIssuer('gatehouse-admin-api')
      .setAudience('gatehouse')
      .setJti('forged')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-another-secret-123'));
    expect((await call('GET', '/api/v1/auth/me', { token })).status).toBe(401);
    const none = await call('GET', '/api/v1/auth/me');
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('unauthorized');
  });

  it('logout revokes the session', async () => {
    const token = await loginAs(t.baseUrl, org.users.FINANCE.email, org.password);
    expect((await call('GET', '/api/v1/auth/me', { token })).status).toBe(200);
    expect((await call('POST', '/api/v1/auth/logout', { token })).status).toBe(204);
    const after = await call('GET', '/api/v1/auth/me', { token });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('invalid_token');
  });

  it('a disabled user loses access at once', async () => {
    const token = await loginAs(t.baseUrl, org.developerOtherTeam.email, org.password);
    await t.db.user.update({
      where: { id: org.developerOtherTeam.id },
      data: { status: 'DISABLED' },
    });
    expect((await call('GET', '/api/v1/auth/me', { token })).status).toBe(401);
    await t.db.user.update({
      where: { id: org.developerOtherTeam.id },
      data: { status: 'ACTIVE' },
    });
  });
});

describe('personal access tokens', () => {
  it('shows the secret once, stores only its hash, lists the prefix, and revokes', async () => {
    const session = await loginAs(t.baseUrl, org.users.ADMIN.email, org.password);
    const created = await call('POST', '/api/v1/auth/tokens', {
      token: session,
      body: { name: 'ci', scopes: ['config:read'], expiresInDays: 30 },
    });
    expect(created.status).toBe(201);
    const secret: string = created.body.token;
    expect(secret).toMatch(/^ghp_[0-9A-Za-z]{40}$/);
    expect(created.body.prefix).toBe(secret.slice(0, 8));
    const row = await t.db.personalAccessToken.findUniqueOrThrow({
      where: { id: created.body.id },
    });
    expect(row.tokenHash).toBe(hashApiKey(secret));
    expect(JSON.stringify(row)).not.toContain(secret);

    const list = await call('GET', '/api/v1/auth/tokens', { token: session });
    expect(list.status).toBe(200);
    expect(list.body.data.map((x: { id: string }) => x.id)).toContain(created.body.id);
    expect(JSON.stringify(list.body)).not.toContain(secret);

    const me = await call('GET', '/api/v1/auth/me', { token: secret });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ via: 'token', scopes: ['config:read'] });
    // config:read reaches reads, not writes, even for an ADMIN.
    expect((await call('GET', '/api/v1/teams', { token: secret })).status).toBe(200);
    const write = await call('POST', '/api/v1/teams', {
      token: secret,
      body: { slug: 'nope', name: 'Nope', costCenter: 'CC' },
    });
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe('insufficient_scope');

    expect(
      (await call('DELETE', `/api/v1/auth/tokens/${created.body.id}`, { token: session })).status,
    ).toBe(204);
    const revoked = await call('GET', '/api/v1/auth/me', { token: secret });
    expect(revoked.status).toBe(401);
    const actions = await t.db.auditLog.findMany({
      where: { resourceId: created.body.id },
      orderBy: { id: 'asc' },
      select: { action: true, after: true },
    });
    expect(actions.map((a) => a.action)).toEqual(['access_token.create', 'access_token.revoke']);
    expect(JSON.stringify(actions)).not.toContain(secret);
  });

  it('refuses unknown scopes and another user’s token id', async () => {
    const session = await loginAs(t.baseUrl, org.users.OWNER.email, org.password);
    const bad = await call('POST', '/api/v1/auth/tokens', {
      token: session,
      body: { name: 'x', scopes: ['root'] },
    });
    expect(bad.status).toBe(400);
    const admin = await loginAs(t.baseUrl, org.users.ADMIN.email, org.password);
    const mine = await call('POST', '/api/v1/auth/tokens', {
      token: admin,
      body: { name: 'mine', scopes: ['admin'] },
    });
    const other = await call('DELETE', `/api/v1/auth/tokens/${mine.body.id}`, { token: session });
    expect(other.status).toBe(404);
  });
});
