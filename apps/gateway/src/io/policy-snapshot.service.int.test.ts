import type {} from '../../../../scripts/test/provided-context.js';
import { performance } from 'node:perf_hooks';
import { configChannelName, publishConfigChange } from '@gatehouse/service-kit';
import { buildSnapshot, identifyApiKey } from '@gatehouse/shared';
import { loadSnapshotRows } from '@gatehouse/db';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { CONFIG_POLL_INTERVAL_SINGLE_NODE_MS } from '../env.js';
import { TcpProxy } from '../test-support/tcp-proxy.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  databaseSnapshotSource,
  PolicySnapshotService,
  type PolicySnapshotOptions,
} from './policy-snapshot.service.js';
import {
  bumpConfigVersion,
  createTestKey,
  seedDemoOrg,
  testDecrypt,
  waitFor,
  type SeededDemo,
} from './snapshot-test-support.js';

const silent = pino({ level: 'silent' });
const services: PolicySnapshotService[] = [];

function startService(overrides: Partial<PolicySnapshotOptions> = {}) {
  const service = new PolicySnapshotService({
    source: databaseSnapshotSource(inject('databaseUrl')),
    decryptCredentials: testDecrypt,
    logger: silent,
    redisUrl: inject('redisUrl'),
    channel: configChannelName(inject('redisPrefix')),
    // Long: these tests show the channel does the work; the poll has its own test.
    pollIntervalMs: 60_000,
    ...overrides,
  });
  services.push(service);
  return service;
}

async function proxyTo(url: string, defaultPort: number): Promise<TcpProxy> {
  const target = new URL(url);
  const proxy = await TcpProxy.create({
    host: target.hostname,
    port: Number(target.port || defaultPort),
  });
  await proxy.up();
  proxies.push(proxy);
  return proxy;
}
const proxies: TcpProxy[] = [];

const accepts = (service: PolicySnapshotService, key: string) =>
  identifyApiKey(service.current(), key, new Date()).ok;

describe('PolicySnapshotService', () => {
  let demo: SeededDemo;
  let publisher: Redis;

  beforeAll(async () => {
    demo = await seedDemoOrg(inject('databaseUrl'));
    publisher = new Redis(inject('redisUrl'));
  });

  afterAll(async () => {
    for (const service of services) await service.close();
    for (const proxy of proxies) await proxy.down();
    await publisher?.quit();
    await demo?.prisma.$disconnect();
  });

  it('builds at boot and reports its version and stats', async () => {
    const { key } = await createTestKey(demo, 'boot');
    const service = startService();
    expect(service.isReady()).toBe(false);
    expect(() => service.current()).toThrow(/not loaded its configuration/);
    await service.start();
    expect(service.isReady()).toBe(true);
    expect(accepts(service, key)).toBe(true);
    const stats = service.stats();
    expect(stats).toMatchObject({
      ready: true,
      rebuilds: 1,
      failures: 0,
      lastError: null,
    });
    expect(stats.problems).toBe(service.current().problems.length);
    expect(service.current().problems.filter((p) => p.orgId === demo.seeded.orgId)).toEqual([]);
    expect(stats.version).toBe(service.current().version);
    expect(stats.lastBuildMs).toBeGreaterThan(0);
    console.info(`boot load + build from Postgres: ${stats.lastBuildMs?.toFixed(1)} ms`);
    await service.poll();
    await service.poll();
    expect(service.stats().rebuilds).toBe(1);
    service.requestRebuild();
    await waitFor(() => service.stats().rebuilds === 2, 2_000, 'a requested rebuild');
    console.info(`warm load + build from Postgres: ${service.stats().lastBuildMs?.toFixed(1)} ms`);
  });

  it('refuses a revoked key within a second of the message on the config channel', async () => {
    const { key, id } = await createTestKey(demo, 'revoke');
    const service = startService();
    await service.start();
    await waitFor(() => service.stats().subscribed, 3_000, 'the config subscription');
    expect(accepts(service, key)).toBe(true);
    await demo.prisma.apiKey.update({
      where: { id },
      data: { status: 'REVOKED', revokedAt: new Date() },
    });
    const version = await bumpConfigVersion(demo);
    const published = performance.now();
    await publishConfigChange(publisher, inject('redisPrefix'), {
      orgId: demo.seeded.orgId,
      version: version.toString(),
    });
    await waitFor(() => !accepts(service, key), 1_000, 'the revoked key to be refused');
    const elapsed = performance.now() - published;
    console.info(`revoked key refused ${elapsed.toFixed(1)} ms after the publish`);
    expect(elapsed).toBeLessThan(1_000);
    const refusal = identifyApiKey(service.current(), key, new Date());
    expect(!refusal.ok && refusal.error.message).toMatch(/has been revoked/);
  });

  it('coalesces a burst of messages into few rebuilds', async () => {
    const service = startService();
    await service.start();
    await waitFor(() => service.stats().subscribed, 3_000, 'the config subscription');
    const before = service.stats().rebuilds;
    for (let i = 0; i < 50; i += 1) {
      await publishConfigChange(publisher, inject('redisPrefix'), {
        orgId: demo.seeded.orgId,
        version: String(1000 + i),
      });
    }
    await waitFor(() => service.stats().rebuilds > before, 1_000, 'a rebuild');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const rebuilds = service.stats().rebuilds - before;
    expect(rebuilds).toBeGreaterThanOrEqual(1);
    expect(rebuilds).toBeLessThanOrEqual(3);
  });

  it('picks up a change by polling the config version within a second, with no message (single-node)', async () => {
    const service = startService({
      redisUrl: null,
      pollIntervalMs: CONFIG_POLL_INTERVAL_SINGLE_NODE_MS,
    });
    await service.start();
    expect(service.stats().subscribed).toBe(false);
    const { key } = await createTestKey(demo, 'poll');
    // The version has not moved, so the poll does not rebuild.
    await new Promise((resolve) => setTimeout(resolve, 2 * CONFIG_POLL_INTERVAL_SINGLE_NODE_MS));
    expect(accepts(service, key)).toBe(false);
    await bumpConfigVersion(demo);
    const bumped = performance.now();
    await waitFor(() => accepts(service, key), 2_000, 'the poll to pick up the new key');
    const elapsed = performance.now() - bumped;
    console.info(
      `poll (${CONFIG_POLL_INTERVAL_SINGLE_NODE_MS} ms interval) picked up the change after ${elapsed.toFixed(1)} ms`,
    );
    expect(elapsed).toBeLessThan(1_000);
    expect(service.stats().rebuilds).toBe(2);
  });

  it('keeps serving the last snapshot while Postgres is unreachable, and recovers', async () => {
    const { key } = await createTestKey(demo, 'outage');
    const proxy = await proxyTo(inject('databaseUrl'), 5432);
    const proxied = Object.assign(new URL(inject('databaseUrl')), { port: String(proxy.port) });
    const service = startService({
      source: databaseSnapshotSource(proxied.toString()),
      redisUrl: null,
      pollIntervalMs: 100,
    });
    await service.start();
    const before = service.current();
    await proxy.down();
    await bumpConfigVersion(demo);
    service.requestRebuild();
    await waitFor(() => service.stats().failures >= 2, 10_000, 'failed rebuilds and polls');
    expect(service.current()).toBe(before);
    expect(accepts(service, key)).toBe(true);
    expect(service.isReady()).toBe(true);
    expect(service.stats().lastError).toMatch(/rebuild|poll/);
    await proxy.up();
    await waitFor(() => service.stats().lastError === null, 10_000, 'recovery');
    expect(service.current()).not.toBe(before);
    expect(service.current().configVersions.get(demo.seeded.orgId)).toBe(
      (await demo.prisma.configVersion.findUniqueOrThrow({ where: { orgId: demo.seeded.orgId } }))
        .version,
    );
  });

  it('rebuilds after the config subscription comes back from a Redis outage', async () => {
    const { key, id } = await createTestKey(demo, 'redis-outage');
    const proxy = await proxyTo(inject('redisUrl'), 6379);
    const proxied = Object.assign(new URL(inject('redisUrl')), { port: String(proxy.port) });
    const service = startService({ redisUrl: proxied.toString() });
    await service.start();
    await waitFor(() => service.stats().subscribed, 3_000, 'the config subscription');
    expect(accepts(service, key)).toBe(true);
    await proxy.down();
    await waitFor(() => !service.stats().subscribed, 3_000, 'the subscription to drop');
    // Revoked and announced while the gateway cannot hear: the message is lost.
    await demo.prisma.apiKey.update({
      where: { id },
      data: { status: 'REVOKED', revokedAt: new Date() },
    });
    await publishConfigChange(publisher, inject('redisPrefix'), {
      orgId: demo.seeded.orgId,
      version: (await bumpConfigVersion(demo)).toString(),
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(accepts(service, key)).toBe(true);
    await proxy.up();
    await waitFor(() => !accepts(service, key), 8_000, 'a rebuild after resubscribing');
    expect(service.stats().subscribed).toBe(true);
  });

  it('measures buildSnapshot and identifyApiKey on the seeded demo', async () => {
    const { key } = await createTestKey(demo, 'bench');
    const rows = await loadSnapshotRows(demo.prisma);
    const builds: number[] = [];
    let snapshot = buildSnapshot(rows, { decryptCredentials: testDecrypt, now: new Date() });
    for (let i = 0; i < 30; i += 1) {
      const started = performance.now();
      snapshot = buildSnapshot(rows, { decryptCredentials: testDecrypt, now: new Date() });
      builds.push(performance.now() - started);
    }
    builds.sort((a, b) => a - b);
    const now = new Date();
    const calls = 100_000;
    let accepted = 0;
    const started = performance.now();
    for (let i = 0; i < calls; i += 1) if (identifyApiKey(snapshot, key, now).ok) accepted += 1;
    const perCallUs = ((performance.now() - started) * 1000) / calls;
    console.info(
      `buildSnapshot (${rows.apiKeys.length} keys, ${rows.models.length} models): median ${builds[15]?.toFixed(2)} ms, max ${builds[29]?.toFixed(2)} ms; identifyApiKey: ${perCallUs.toFixed(2)} µs per call`,
    );
    expect(accepted).toBe(calls);
    expect(builds[15]).toBeLessThan(200);
  });
});
