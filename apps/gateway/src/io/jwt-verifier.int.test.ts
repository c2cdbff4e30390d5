import type {} from '../../../../scripts/test/provided-context.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadSnapshotRows } from '@gatehouse/db';
import { authorizeModel, buildSnapshot, type PolicySnapshot } from '@gatehouse/shared';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { JwtVerifier } from './jwt-verifier.js';
import { seedDemoOrg, testDecrypt, type SeededDemo } from './snapshot-test-support.js';

const AUDIENCE = 'gatehouse-gateway';

describe('JwtVerifier against a JWKS served over HTTP', () => {
  let demo: SeededDemo;
  let server: Server;
  let issuer: string;
  let signingKey: CryptoKey;
  let strangerKey: CryptoKey;
  let jwksFetches = 0;
  let snapshot: PolicySnapshot;
  let verifier: JwtVerifier;

  const sign = (
    claims: JWTPayload,
    options: { key?: CryptoKey; iss?: string; exp?: string | number; aud?: string } = {},
  ) =>
    new SignJWT({ groups: ['platform'], azp: 'Demo App', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer(options.iss ?? issuer)
      .setAudience(options.aud ?? AUDIENCE)
      .setSubject('alice@acme.test')
      .setIssuedAt()
      .setExpirationTime(options.exp ?? '5m')
      .sign(options.key ?? signingKey);

  beforeAll(async () => {
    demo = await seedDemoOrg(inject('databaseUrl'));
    const pair = await generateKeyPair('RS256');
    signingKey = pair.privateKey;
    strangerKey = (await generateKeyPair('RS256')).privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    server = createServer((request, response) => {
      if (request.url !== '/jwks') return void response.writeHead(404).end();
      jwksFetches += 1;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await demo.prisma.oidcIssuer.create({
      data: {
        orgId: demo.seeded.orgId,
        issuer,
        jwksUrl: `${issuer}/jwks`,
        audience: AUDIENCE,
        claimMapping: { team: 'groups[0]', application: 'azp' },
      },
    });
    snapshot = buildSnapshot(await loadSnapshotRows(demo.prisma), {
      decryptCredentials: testDecrypt,
      now: new Date(),
    });
    verifier = new JwtVerifier({ snapshot: () => snapshot });
  });

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await demo?.prisma.oidcIssuer.deleteMany({ where: { issuer } });
    await demo?.prisma.$disconnect();
  });

  it('verifies a token and maps its claims to a principal that may call models', async () => {
    const result = await verifier.verify(await sign({}));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.principal).toMatchObject({
      authKind: 'jwt',
      orgId: demo.seeded.orgId,
      teamSlug: 'platform',
      applicationId: demo.demoAppId,
      applicationName: 'Demo App',
      apiKeyId: null,
      subject: 'alice@acme.test',
    });
    expect(authorizeModel(snapshot, result.principal, 'gpt-4o', new Date()).ok).toBe(true);
  });

  it('fetches the key set once and reuses it', async () => {
    const before = jwksFetches;
    for (let i = 0; i < 5; i += 1) expect((await verifier.verify(await sign({}))).ok).toBe(true);
    expect(jwksFetches).toBe(before);
    expect(jwksFetches).toBe(1);
  });

  it('refuses an untrusted issuer, a foreign signature, a wrong audience and an expired token', async () => {
    const refusal = async (token: string) => {
      const result = await verifier.verify(token);
      if (result.ok) throw new Error('expected a refusal');
      return [result.error.status, result.error.code, result.error.message];
    };
    expect(await refusal(await sign({}, { iss: 'https://evil.example' }))).toEqual([
      401,
      'invalid_api_key',
      'The bearer token was issued by an issuer this gateway does not trust.',
    ]);
    expect(await refusal(await sign({}, { key: strangerKey }))).toEqual([
      401,
      'invalid_api_key',
      'The bearer token signature is invalid.',
    ]);
    expect(await refusal(await sign({}, { aud: 'another-service' }))).toEqual([
      401,
      'invalid_api_key',
      'The bearer token was not issued for this gateway.',
    ]);
    const expired = await sign({}, { exp: Math.floor(Date.now() / 1000) - 120 });
    expect(await refusal(expired)).toEqual([
      401,
      'invalid_api_key',
      'The bearer token has expired.',
    ]);
    expect(await refusal('not.a.jwt')).toEqual([
      401,
      'invalid_api_key',
      'The bearer token is not a valid JWT.',
    ]);
  });

  it('refuses a valid token that names no application of the org', async () => {
    const result = await verifier.verify(await sign({ azp: 'Unknown App' }));
    expect(!result.ok && [result.error.status, result.error.code]).toEqual([
      403,
      'permission_denied',
    ]);
  });
});
