import { describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_URL, isEncryptionKey, parseStartEnv } from './env.mjs';

describe('parseStartEnv', () => {
  it('fills every default from an empty env', () => {
    const result = parseStartEnv({});
    expect(result).toEqual({
      ok: true,
      env: {
        DATABASE_URL: DEFAULT_DATABASE_URL,
        REDIS_URL: 'redis://127.0.0.1:6379',
        GATEWAY_PORT: 8080,
        ADMIN_API_PORT: 3001,
        PORTAL_PORT: 3000,
        MOCK_PROVIDER_PORT: 9090,
        LOG_LEVEL: 'info',
        SEED_ADMIN_EMAIL: 'admin@acme.test',
      },
    });
  });

  it('treats empty strings as unset and coerces ports', () => {
    const result = parseStartEnv({ GATEWAY_PORT: '18080', DATABASE_URL: '', LOG_LEVEL: 'debug' });
    expect(result.ok && result.env.GATEWAY_PORT).toBe(18080);
    expect(result.ok && result.env.DATABASE_URL).toBe(DEFAULT_DATABASE_URL);
    expect(result.ok && result.env.LOG_LEVEL).toBe('debug');
  });

  it('names every bad variable in one line', () => {
    const result = parseStartEnv({
      DATABASE_URL: 'mysql://x/y',
      GATEWAY_PORT: '99999',
      SINGLE_NODE: 'yes',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).not.toContain('\n');
    expect(result.message).toMatch(/^start: bad environment: /);
    for (const name of ['DATABASE_URL', 'GATEWAY_PORT', 'SINGLE_NODE'])
      expect(result.message).toContain(name);
  });

  it('rejects a demo key that does not look like gh_<token>', () => {
    const result = parseStartEnv({ SEED_DEMO_KEY: 'sk-123' });
    expect(result.ok).toBe(false);
  });
});

describe('isEncryptionKey', () => {
  it('accepts 32 bytes as hex or base64', () => {
    expect(isEncryptionKey('ab'.repeat(32))).toBe(true);
    expect(isEncryptionKey(Buffer.alloc(32, 7).toString('base64'))).toBe(true);
  });

  it('rejects other lengths and junk', () => {
    expect(isEncryptionKey('ab'.repeat(31))).toBe(false);
    expect(isEncryptionKey(Buffer.alloc(16, 7).toString('base64'))).toBe(false);
    expect(isEncryptionKey('not a key!')).toBe(false);
  });
});
