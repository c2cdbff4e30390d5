import { describe, expect, it } from 'vitest';
import { readMockProviderEnv } from './env.js';

describe('readMockProviderEnv', () => {
  it('applies defaults', () => {
    expect(readMockProviderEnv({})).toEqual({
      ok: true,
      env: { MOCK_PROVIDER_PORT: 9090, MOCK_PROVIDER_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    });
    expect(readMockProviderEnv({ MOCK_PROVIDER_PORT: '' })).toMatchObject({
      ok: true,
      env: { MOCK_PROVIDER_PORT: 9090 },
    });
  });
  it('names a bad variable in one line', () => {
    const result = readMockProviderEnv({ MOCK_PROVIDER_PORT: 'abc' });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(
      /^mock-provider: bad environment: MOCK_PROVIDER_PORT is invalid/,
    );
  });
});
