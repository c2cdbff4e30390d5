import { describe, expect, it } from 'vitest';
import { oidcSettings, parseAdminApiEnv } from './env.js';

const KEY_HEX = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';
const REQUIRED = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/gatehouse',
  ENCRYPTION_KEY: KEY_HEX,
  AUTH_JWT_SECRET: 'x'.repeat(32),
};
const OIDC = {
  OIDC_ISSUER: 'https://idp.example.test',
  OIDC_CLIENT_ID: 'gatehouse',
  OIDC_CLIENT_SECRET: 'shh',
  OIDC_REDIRECT_URL: 'http://127.0.0.1:3000/auth/oidc/callback',
};

describe('parseAdminApiEnv', () => {
  it('requires DATABASE_URL, ENCRYPTION_KEY and AUTH_JWT_SECRET and fills every default', () => {
    const result = parseAdminApiEnv(REQUIRED);
    expect(result).toEqual({
      ok: true,
      env: {
        ADMIN_API_PORT: 3001,
        ADMIN_API_HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/gatehouse',
        REDIS_URL: 'redis://127.0.0.1:6379',
        SINGLE_NODE: false,
        LOG_LEVEL: 'info',
        REDIS_KEY_PREFIX: '',
        ENCRYPTION_KEY: Buffer.from(KEY_HEX, 'hex'),
        AUTH_JWT_SECRET: 'x'.repeat(32),
        AUTH_SESSION_TTL_SECONDS: 3600,
        SIGNUP_MODE: 'invite_or_domain',
        GATEWAY_PUBLIC_URL: 'http://127.0.0.1:8080',
        USAGE_WORKER_CONCURRENCY: 2,
      },
    });
    if (result.ok) expect(oidcSettings(result.env)).toBeNull();
  });

  it('reports a missing DATABASE_URL in one line', () => {
    const result = parseAdminApiEnv({ ...REQUIRED, DATABASE_URL: undefined });
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^admin-api: bad environment: DATABASE_URL is missing \([^\n]*\)$/,
      ),
    });
  });

  it('names every bad variable, with the worker service name when asked', () => {
    const result = parseAdminApiEnv(
      {
        DATABASE_URL: 'mysql://x/y',
        ADMIN_API_PORT: '70000',
        SINGLE_NODE: 'on',
        ENCRYPTION_KEY: 'short',
        AUTH_JWT_SECRET: 'too-short',
        SIGNUP_MODE: 'open',
        AUTH_SESSION_TTL_SECONDS: '5',
      },
      'admin-api-worker',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).not.toContain('\n');
    expect(result.message).toMatch(/^admin-api-worker: bad environment: /);
    for (const name of [
      'DATABASE_URL',
      'ADMIN_API_PORT',
      'SINGLE_NODE',
      'ENCRYPTION_KEY',
      'AUTH_JWT_SECRET',
      'SIGNUP_MODE',
      'AUTH_SESSION_TTL_SECONDS',
    ])
      expect(result.message).toContain(`${name} is invalid`);
  });

  it('reports missing secrets as missing', () => {
    const result = parseAdminApiEnv({ DATABASE_URL: REQUIRED.DATABASE_URL });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('ENCRYPTION_KEY is missing');
    expect(result.message).toContain('AUTH_JWT_SECRET is missing');
  });

  it('accepts OIDC with all four variables', () => {
    const result = parseAdminApiEnv({ ...REQUIRED, ...OIDC });
    expect(result.ok && oidcSettings(result.env)).toEqual({
      issuer: OIDC.OIDC_ISSUER,
      clientId: OIDC.OIDC_CLIENT_ID,
      clientSecret: OIDC.OIDC_CLIENT_SECRET,
      redirectUrl: OIDC.OIDC_REDIRECT_URL,
    });
  });

  it('refuses a partial OIDC configuration, naming what is missing', () => {
    const result = parseAdminApiEnv({ ...REQUIRED, OIDC_ISSUER: OIDC.OIDC_ISSUER });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const name of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL'])
      expect(result.message).toContain(`${name} is missing`);
    expect(result.message).not.toMatch(/OIDC_ISSUER is (missing|invalid)/);
  });
});
