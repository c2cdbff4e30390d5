import { describe, expect, it } from 'vitest';
import { parseAdminApiEnv } from './env.js';

describe('parseAdminApiEnv', () => {
  it('requires only DATABASE_URL and fills every default', () => {
    expect(
      parseAdminApiEnv({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/gatehouse' }),
    ).toEqual({
      ok: true,
      env: {
        ADMIN_API_PORT: 3001,
        ADMIN_API_HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/gatehouse',
        REDIS_URL: 'redis://127.0.0.1:6379',
        SINGLE_NODE: false,
        LOG_LEVEL: 'info',
      },
    });
  });

  it('reports a missing DATABASE_URL in one line', () => {
    const result = parseAdminApiEnv({});
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^admin-api: bad environment: DATABASE_URL is missing \([^\n]*\)$/,
      ),
    });
  });

  it('names every bad variable, with the worker service name when asked', () => {
    const result = parseAdminApiEnv(
      { DATABASE_URL: 'mysql://x/y', ADMIN_API_PORT: '70000', SINGLE_NODE: 'on' },
      'admin-api-worker',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).not.toContain('\n');
    expect(result.message).toMatch(/^admin-api-worker: bad environment: /);
    for (const name of ['DATABASE_URL', 'ADMIN_API_PORT', 'SINGLE_NODE'])
      expect(result.message).toContain(`${name} is invalid`);
  });
});
