import { describe, expect, it } from 'vitest';
import { parseStartEnv } from './env.mjs';
import { completeDevSecrets } from './secrets.mjs';
import { childEnv, seedCredentials } from './stack.mjs';

const parsed = parseStartEnv({ LOG_LEVEL: 'debug' });
if (!parsed.ok) throw new Error(parsed.message);
const secrets = completeDevSecrets({}).secrets;
const options = {
  root: '/repo',
  env: parsed.env,
  secrets,
  ports: { gateway: 18080, adminApi: 13001, portal: 13000, mockProvider: 19090 },
  allowEmbedded: true,
  embeddedDataDir: '/repo/.data/pglite',
  skipBuild: true,
};

describe('childEnv', () => {
  it('hands every app the env contract with the resolved infrastructure', () => {
    const env = childEnv(
      options,
      { url: 'postgres://postgres@127.0.0.1:5433/postgres' },
      { url: 'redis://127.0.0.1:6379', singleNode: true },
    );
    expect(env).toMatchObject({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5433/postgres',
      REDIS_URL: 'redis://127.0.0.1:6379',
      SINGLE_NODE: 'true',
      ENCRYPTION_KEY: secrets.encryptionKey,
      LOG_LEVEL: 'debug',
      GATEWAY_PORT: '18080',
      ADMIN_API_PORT: '13001',
      PORTAL_PORT: '13000',
      MOCK_PROVIDER_PORT: '19090',
      ADMIN_API_URL: 'http://127.0.0.1:13001',
      GATEWAY_PUBLIC_URL: 'http://127.0.0.1:18080',
      MOCK_PROVIDER_URL: 'http://127.0.0.1:19090',
      NODE_ENV: 'production',
    });
  });

  it('prefers an ENCRYPTION_KEY from the environment over the generated one', () => {
    const key = 'ab'.repeat(32);
    const env = childEnv(
      { ...options, env: { ...options.env, ENCRYPTION_KEY: key } },
      { url: 'postgres://x@h/db' },
      { url: 'redis://h', singleNode: false },
    );
    expect(env.ENCRYPTION_KEY).toBe(key);
    expect(env.SINGLE_NODE).toBe('false');
  });
});

describe('seedCredentials', () => {
  it('uses the dev secrets unless the env pins a value', () => {
    expect(seedCredentials(options)).toEqual({
      admin: { email: 'admin@acme.test', password: secrets.adminPassword },
      keys: { demo: secrets.demoKey, trial: secrets.trialKey },
    });
    const pinned = seedCredentials({
      ...options,
      env: { ...options.env, SEED_DEMO_KEY: 'gh_pinned0000000000000000' },
    });
    expect(pinned.keys.demo).toBe('gh_pinned0000000000000000');
  });
});
