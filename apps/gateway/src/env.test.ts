import { describe, expect, it } from 'vitest';
import { parseGatewayEnv } from './env.js';

describe('parseGatewayEnv', () => {
  it('fills every default from an empty environment', () => {
    expect(parseGatewayEnv({})).toEqual({
      ok: true,
      env: {
        GATEWAY_PORT: 8080,
        GATEWAY_HOST: '0.0.0.0',
        REDIS_URL: 'redis://127.0.0.1:6379',
        SINGLE_NODE: false,
        LOG_LEVEL: 'info',
      },
    });
  });

  it('reads explicit values and treats empty strings as unset', () => {
    const result = parseGatewayEnv({
      GATEWAY_PORT: '9000',
      SINGLE_NODE: 'true',
      LOG_LEVEL: '',
      REDIS_URL: 'rediss://r:6380',
    });
    expect(result).toMatchObject({
      ok: true,
      env: {
        GATEWAY_PORT: 9000,
        SINGLE_NODE: true,
        LOG_LEVEL: 'info',
        REDIS_URL: 'rediss://r:6380',
      },
    });
  });

  it('names every bad variable in one line', () => {
    const result = parseGatewayEnv({
      GATEWAY_PORT: 'eighty',
      SINGLE_NODE: 'maybe',
      REDIS_URL: 'http://x',
      LOG_LEVEL: 'loud',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).not.toContain('\n');
    expect(result.message).toMatch(/^gateway: bad environment: /);
    for (const name of ['GATEWAY_PORT', 'SINGLE_NODE', 'REDIS_URL', 'LOG_LEVEL']) {
      expect(result.message).toContain(`${name} is invalid`);
    }
  });
});
