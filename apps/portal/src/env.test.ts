import { describe, expect, it } from 'vitest';
import { parsePortalEnv } from './env';

describe('parsePortalEnv', () => {
  it('fills every default from an empty environment', () => {
    expect(parsePortalEnv({})).toEqual({
      ok: true,
      env: {
        PORTAL_PORT: 3000,
        PORTAL_HOST: '0.0.0.0',
        ADMIN_API_URL: 'http://127.0.0.1:3001',
        GATEWAY_PUBLIC_URL: 'http://localhost:8080',
      },
    });
  });

  it('reads explicit values and treats empty strings as unset', () => {
    expect(
      parsePortalEnv({
        PORTAL_PORT: '4000',
        GATEWAY_PUBLIC_URL: 'https://ai.example.com',
        ADMIN_API_URL: '',
      }),
    ).toMatchObject({
      ok: true,
      env: {
        PORTAL_PORT: 4000,
        GATEWAY_PUBLIC_URL: 'https://ai.example.com',
        ADMIN_API_URL: 'http://127.0.0.1:3001',
      },
    });
  });

  it('names every bad variable in one line', () => {
    const result = parsePortalEnv({
      PORTAL_PORT: '0',
      ADMIN_API_URL: 'ftp://x',
      GATEWAY_PUBLIC_URL: 'not a url',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).not.toContain('\n');
    expect(result.message).toMatch(/^portal: bad environment: /);
    for (const name of ['PORTAL_PORT', 'ADMIN_API_URL', 'GATEWAY_PUBLIC_URL'])
      expect(result.message).toContain(`${name} is invalid`);
  });
});
