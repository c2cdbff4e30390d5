import {
  configChannelName,
  createRedisClient,
  parseConfigChangeMessage,
} from '@gatehouse/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestOrg,
  startAdminTestApp,
  type AdminTestApp,
} from '../../test-support/admin-test-app.js';
import { apiClient } from '../../test-support/api-client.js';
import { ConfigChangeService } from './config-change.service.js';

describe('ConfigChangeService with Redis', () => {
  let t: AdminTestApp;
  beforeAll(async () => {
    t = await startAdminTestApp();
  });
  afterAll(async () => t.close());

  it('bumps the version and publishes { orgId, version } on <prefix>gatehouse:config', async () => {
    const { orgId } = await createTestOrg(t.db, 'config-org');
    const subscriber = createRedisClient(t.env.REDIS_URL, 'bullmq');
    await subscriber.connect();
    const received: Array<{ channel: string; message: string }> = [];
    subscriber.on('message', (channel: string, message: string) =>
      received.push({ channel, message }),
    );
    await subscriber.subscribe(configChannelName(t.env.REDIS_KEY_PREFIX));
    try {
      const service = t.app.get(ConfigChangeService);
      expect(await service.configChanged(orgId)).toBe(1n);
      expect(await service.configChanged(orgId)).toBe(2n);
      expect(await service.currentVersion(orgId)).toBe(2n);
      await expect.poll(() => received.length, { timeout: 1000 }).toBe(2);
      expect(received[0]?.channel).toBe(`${t.env.REDIS_KEY_PREFIX}gatehouse:config`);
      expect(received.map((r) => parseConfigChangeMessage(r.message))).toEqual([
        { orgId, version: '1' },
        { orgId, version: '2' },
      ]);
    } finally {
      await subscriber.quit();
    }
  });
});

describe('single-node mode (no Redis)', () => {
  let t: AdminTestApp;
  beforeAll(async () => {
    t = await startAdminTestApp({ SINGLE_NODE: 'true', REDIS_URL: 'redis://127.0.0.1:1' });
  });
  afterAll(async () => t.close());

  it('only bumps the config version (gateways poll it)', async () => {
    const { orgId } = await createTestOrg(t.db, 'config-single');
    const service = t.app.get(ConfigChangeService);
    expect(await service.configChanged(orgId)).toBe(1n);
    expect((await t.db.configVersion.findUniqueOrThrow({ where: { orgId } })).version).toBe(1n);
  });

  it('still throttles logins with in-process counters', async () => {
    const org = await createTestOrg(t.db, 'throttle-single');
    const call = apiClient(t.baseUrl);
    const body = { email: org.users.OWNER.email, password: 'not-the-password' };
    for (let i = 0; i < 5; i += 1)
      expect((await call('POST', '/api/v1/auth/login', { body })).status).toBe(401);
    const locked = await call('POST', '/api/v1/auth/login', {
      body: { ...body, password: org.password },
    });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('rate_limit_exceeded');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('throttles sign-ups per IP (50 per hour)', async () => {
    const call = apiClient(t.baseUrl);
    const body = { email: 'x@nowhere.test', password: 'long-enough-pw', name: 'X' };
    const statuses: number[] = [];
    for (let i = 0; i < 51; i += 1)
      statuses.push((await call('POST', '/api/v1/auth/signup', { body })).status);
    expect(statuses.slice(0, 50).every((s) => s === 403)).toBe(true);
    expect(statuses[50]).toBe(429);
  });
});
