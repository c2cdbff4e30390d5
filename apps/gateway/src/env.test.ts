import { describe, expect, it } from 'vitest';
import { parseGatewayEnv } from './env.js';

const KEY_HEX = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
const REQUIRED = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/gatehouse',
  ENCRYPTION_KEY: KEY_HEX,
};

describe('parseGatewayEnv', () => {
  it('fills every default around the two required variables', () => {
    expect(parseGatewayEnv(REQUIRED)).toEqual({
      ok: true,
      env: {
        GATEWAY_PORT: 8080,
        GATEWAY_HOST: '0.0.0.0',
        REDIS_URL: 'redis://127.0.0.1:6379',
        SINGLE_NODE: false,
        LOG_LEVEL: 'info',
        DATABASE_URL: REQUIRED.DATABASE_URL,
        ENCRYPTION_KEY: Buffer.from(KEY_HEX, 'hex'),
        REDIS_KEY_PREFIX: '',
        CONFIG_POLL_INTERVAL_MS: 10_000,
        USAGE_BATCH_SIZE: 500,
        USAGE_FLUSH_INTERVAL_MS: 200,
        USAGE_BUFFER_MAX: 100_000,
        USAGE_SHUTDOWN_TIMEOUT_MS: 10_000,
      },
    });
  });

  it('reads explicit values and treats empty strings as unset', () => {
    const result = parseGatewayEnv({
      ...REQUIRED,
      GATEWAY_PORT: '9000',
      SINGLE_NODE: 'true',
      LOG_LEVEL: '',
      REDIS_URL: 'rediss://r:6380',
      REDIS_KEY_PREFIX: 'gh-prod:',
      ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    });
    expect(result).toMatchObject({
      ok: true,
      env: {
        GATEWAY_PORT: 9000,
        SINGLE_NODE: true,
        LOG_LEVEL: 'info',
        REDIS_URL: 'rediss://r:6380',
        REDIS_KEY_PREFIX: 'gh-prod:',
        ENCRYPTION_KEY: Buffer.alloc(32, 7),
      },
    });
  });

  it('polls config every 750 ms in single-node mode unless told otherwise', () => {
    const single = parseGatewayEnv({ ...REQUIRED, SINGLE_NODE: 'true' });
    expect(single.ok && single.env.CONFIG_POLL_INTERVAL_MS).toBe(750);
    const chosen = parseGatewayEnv({
      ...REQUIRED,
      SINGLE_NODE: 'true',
      CONFIG_POLL_INTERVAL_MS: '250',
    });
    expect(chosen.ok && chosen.env.CONFIG_POLL_INTERVAL_MS).toBe(250);
    const redis = parseGatewayEnv({ ...REQUIRED, CONFIG_POLL_INTERVAL_MS: '30000' });
    expect(redis.ok && redis.env.CONFIG_POLL_INTERVAL_MS).toBe(30_000);
  });

  it('requires DATABASE_URL and ENCRYPTION_KEY', () => {
    const result = parseGatewayEnv({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('DATABASE_URL is missing');
    expect(result.message).toContain('ENCRYPTION_KEY is missing');
  });

  it('names every bad variable in one line, never echoing the key', () => {
    const result = parseGatewayEnv({
      GATEWAY_PORT: 'eighty',
      SINGLE_NODE: 'maybe',
      REDIS_URL: 'http://x',
      LOG_LEVEL: 'loud',
      DATABASE_URL: 'mysql://db',
      ENCRYPTION_KEY: 'change-me-please',
      CONFIG_POLL_INTERVAL_MS: '5',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).not.toContain('\n');
    expect(result.message).not.toContain('change-me-please');
    expect(result.message).toMatch(/^gateway: bad environment: /);
    for (const name of [
      'GATEWAY_PORT',
      'SINGLE_NODE',
      'REDIS_URL',
      'LOG_LEVEL',
      'DATABASE_URL',
      'ENCRYPTION_KEY',
      'CONFIG_POLL_INTERVAL_MS',
    ]) {
      expect(result.message).toContain(`${name} is invalid`);
    }
  });
});
