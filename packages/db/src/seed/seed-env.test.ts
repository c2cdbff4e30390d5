import { describe, expect, it } from 'vitest';
import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD, parseSeedEnv } from './seed-env.js';

const KEY_HEX = 'ab'.repeat(32);
const base = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/gatehouse',
  ENCRYPTION_KEY: KEY_HEX,
};

describe('parseSeedEnv', () => {
  it('fills the documented defaults', () => {
    const result = parseSeedEnv({ ...base, SEED_DEMO_KEY: '', SEED_ADMIN_EMAIL: '' });
    if (!result.ok) throw new Error(result.message);
    expect(result.env.SEED_ADMIN_EMAIL).toBe(DEFAULT_ADMIN_EMAIL);
    expect(result.env.SEED_ADMIN_PASSWORD).toBe(DEFAULT_ADMIN_PASSWORD);
    expect(result.env.MOCK_PROVIDER_URL).toBe('http://127.0.0.1:9090');
    expect(result.env.SEED_DEMO_KEY).toBeUndefined();
    expect(result.env.ENCRYPTION_KEY.equals(Buffer.from(KEY_HEX, 'hex'))).toBe(true);
  });

  it('takes provided keys and credentials', () => {
    const demo = `gh_${'A1'.repeat(20)}`;
    const result = parseSeedEnv({
      ...base,
      SEED_DEMO_KEY: demo,
      SEED_ADMIN_EMAIL: 'root@example.com',
      SEED_ADMIN_PASSWORD: 'long-enough',
    });
    if (!result.ok) throw new Error(result.message);
    expect([
      result.env.SEED_DEMO_KEY,
      result.env.SEED_ADMIN_EMAIL,
      result.env.SEED_ADMIN_PASSWORD,
    ]).toEqual([demo, 'root@example.com', 'long-enough']);
  });

  it('names every bad variable in one line', () => {
    const result = parseSeedEnv({
      DATABASE_URL: 'mysql://x',
      ENCRYPTION_KEY: 'short',
      SEED_TRIAL_KEY: 'sk-123',
      SEED_ADMIN_PASSWORD: 'short',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^seed: bad environment: /);
    for (const name of ['DATABASE_URL', 'ENCRYPTION_KEY', 'SEED_TRIAL_KEY', 'SEED_ADMIN_PASSWORD'])
      expect(result.message).toContain(name);
    expect(result.message.includes('\n')).toBe(false);
  });
});
