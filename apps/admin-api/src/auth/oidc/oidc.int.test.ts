import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestOrg,
  startAdminTestApp,
  type AdminTestApp,
  type TestOrg,
} from '../../test-support/admin-test-app.js';
import { apiClient } from '../../test-support/api-client.js';

const CLIENT_ID = 'gatehouse-portal';
const CLIENT_SECRET = 'portal-secret';
const REDIRECT = 'http://127.0.0.1:3000/auth/oidc/callback';

type Grant = { challenge: string; nonce: string; email: string; sub: string };

/** A tiny OpenID provider: discovery, JWKS and a token endpoint that checks PKCE. */
async function startIssuer() {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const grants = new Map<string, Grant>();
  const seen: { basicAuth: string | null; verifier: string | null } = {
    basicAuth: null,
    verifier: null,
  };
  let base = '';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration')
      return json(200, {
        issuer: base,
        authorization_endpoint: `${base}/authorize`,
        token_endpoint: `${base}/token`,
        jwks_uri: `${base}/jwks`,
      });
    if (url.pathname === '/jwks') return json(200, { keys: [jwk] });
    if (url.pathname === '/token' && req.method === 'POST') {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        void (async () => {
          const form = new URLSearchParams(raw);
          seen.basicAuth = req.headers.authorization ?? null;
          seen.verifier = form.get('code_verifier');
          const grant = grants.get(form.get('code') ?? '');
          const challenge = createHash('sha256')
            .update(form.get('code_verifier') ?? '')
            .digest('base64url');
          if (!grant || grant.challenge !== challenge || form.get('redirect_uri') !== REDIRECT)
            return json(400, { error: 'invalid_grant' });
          grants.delete(form.get('code') ?? '');
          const idToken = await new SignJWT({
            email: grant.email,
            email_verified: true,
            nonce: grant.nonce,
          })
            .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
            .setIssuer(base)
            .setAudience(CLIENT_ID)
            .setSubject(grant.sub)
            .setIssuedAt()
            .setExpirationTime('5m')
            .sign(privateKey as CryptoKey);
          json(200, { access_token: 'at', token_type: 'Bearer', id_token: idToken });
        })();
      });
      return undefined;
    }
    return json(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    grants,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let issuer: Awaited<ReturnType<typeof startIssuer>>;
let t: AdminTestApp;
let org: TestOrg;
let call: ReturnType<typeof apiClient>;

// What a browser does: start the login, "authenticate" at the provider, come back with a code.
async function loginVia(email: string, sub: string, nonceOverride?: string) {
  const start = await call('GET', '/api/v1/auth/oidc/login');
  expect(start.status).toBe(302);
  const location = new URL(start.headers.get('location') ?? '');
  const params = location.searchParams;
  const code = randomUUID();
  issuer.grants.set(code, {
    challenge: params.get('code_challenge') ?? '',
    nonce: nonceOverride ?? params.get('nonce') ?? '',
    email,
    sub,
  });
  const state = params.get('state') ?? '';
  return {
    location,
    state,
    response: await call('GET', `/api/v1/auth/oidc/callback?code=${code}&state=${state}`),
  };
}

beforeAll(async () => {
  issuer = await startIssuer();
  t = await startAdminTestApp({
    OIDC_ISSUER: issuer.base,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    OIDC_REDIRECT_URL: REDIRECT,
  });
  call = apiClient(t.baseUrl);
  org = await createTestOrg(t.db, 'oidc-org');
  await t.db.organization.update({
    where: { id: org.orgId },
    data: { allowedSignupDomains: ['oidc-org.test'] },
  });
});
afterAll(async () => {
  await t.close();
  await issuer.close();
});

describe('OIDC login (authorization code + PKCE)', () => {
  it('redirects to the provider with PKCE S256, state and nonce', async () => {
    const { location } = await loginVia(org.users.ADMIN.email, 'sub-admin');
    expect(`${location.origin}${location.pathname}`).toBe(`${issuer.base}/authorize`);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    expect(location.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(issuer.seen.basicAuth).toBe(
      `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`,
    );
  });

  it('signs an existing user in by e-mail and remembers the subject', async () => {
    const { response } = await loginVia(org.users.FINANCE.email, 'sub-finance');
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ id: org.users.FINANCE.id, role: 'FINANCE' });
    const me = await call('GET', '/api/v1/auth/me', { token: response.body.token });
    expect(me.body.user.id).toBe(org.users.FINANCE.id);
    const row = await t.db.user.findUniqueOrThrow({ where: { id: org.users.FINANCE.id } });
    expect(row.oidcSubject).toBe('sub-finance');
    const other = await loginVia(org.users.FINANCE.email, 'sub-someone-else');
    expect(other.response.status).toBe(403);
    expect(other.response.body.error.code).toBe('oidc_subject_mismatch');
  });

  it('signs up an unknown e-mail of an allowed domain as DEVELOPER', async () => {
    const { response } = await loginVia('newbie@oidc-org.test', 'sub-newbie');
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({
      email: 'newbie@oidc-org.test',
      role: 'DEVELOPER',
      orgId: org.orgId,
    });
    const row = await t.db.user.findUniqueOrThrow({ where: { email: 'newbie@oidc-org.test' } });
    expect(row.passwordHash).toBeNull();
    const refused = await loginVia('stranger@elsewhere.test', 'sub-stranger');
    expect(refused.response.status).toBe(403);
  });

  it('refuses a reused state and an ID token with the wrong nonce', async () => {
    const first = await loginVia(org.users.AUDITOR.email, 'sub-auditor');
    expect(first.response.status).toBe(200);
    const replay = await call('GET', `/api/v1/auth/oidc/callback?code=x&state=${first.state}`);
    expect(replay.status).toBe(400);
    expect(replay.body.error.code).toBe('invalid_state');
    const wrongNonce = await loginVia(org.users.AUDITOR.email, 'sub-auditor', 'not-the-nonce');
    expect(wrongNonce.response.status).toBe(502);
    expect(wrongNonce.response.body.error.code).toBe('oidc_failed');
  });
});

describe('without OIDC configured', () => {
  it('answers 404 oidc_not_configured', async () => {
    const plain = await startAdminTestApp();
    try {
      const response = await apiClient(plain.baseUrl)('GET', '/api/v1/auth/oidc/login');
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('oidc_not_configured');
    } finally {
      await plain.close();
    }
  });
});
