import type {} from '../../../../scripts/test/provided-context.js';
import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type DbClient } from '@gatehouse/db';
import { createRedisClient } from '@gatehouse/service-kit';
import { bullmqPrefix, QUEUE_NAMES, type UsageEventMessage } from '@gatehouse/shared';
import { TcpProxy } from '../test-support/tcp-proxy.js';
import { UsageDatabaseTransport } from './usage-database-transport.js';
import { UsageQueueTransport } from './usage-queue-transport.js';
import { UsageSink, type UsageSinkOptions } from './usage-sink.js';

const silent = pino({ level: 'silent' });

function events(orgId: string, count: number, from = 0): UsageEventMessage[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return {
      occurredAt: new Date(Date.UTC(2026, 10, 24, 9, 0, 0, 0) + i).toISOString(),
      requestId: `req-${orgId.slice(0, 8)}-${i}`,
      orgId,
      teamId: null,
      applicationId: null,
      apiKeyId: null,
      productId: null,
      providerId: null,
      modelId: null,
      providerSlug: 'openai',
      modelName: 'gpt-4o-mini',
      endpoint: '/v1/chat/completions',
      httpStatus: 200,
      outcome: 'SUCCESS',
      errorType: null,
      stream: false,
      cacheHit: false,
      inputTokens: 10,
      outputTokens: 2,
      cachedTokens: 0,
      costMicros: '25',
      savedMicros: '0',
      latencyMs: 120,
      ttftMs: null,
      promptVersionId: null,
      region: null,
      metadata: { i },
    };
  });
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}

const sinkOptions = (overrides: Partial<UsageSinkOptions> = {}): UsageSinkOptions => ({
  batchSize: 500,
  flushIntervalMs: 50,
  bufferMax: 100_000,
  logger: silent,
  retryMinMs: 50,
  retryMaxMs: 200,
  sendTimeoutMs: 2_000,
  ...overrides,
});

const redisTarget = () => {
  const url = new URL(inject('redisUrl'));
  return { host: url.hostname, port: Number(url.port || 6379) };
};

// A sink sending to BullMQ through a proxy that the test switches on and off; the queue is read
// back directly (nothing consumes it) to count what arrived.
async function queueSetup(options: Partial<UsageSinkOptions> = {}) {
  const proxy = await TcpProxy.create(redisTarget());
  const prefix = bullmqPrefix(`${inject('redisPrefix')}${randomBytes(4).toString('hex')}:`);
  const client = createRedisClient(`redis://127.0.0.1:${proxy.port}`, 'commands');
  client.on('error', () => undefined);
  client.connect().catch(() => undefined);
  const sink = new UsageSink(new UsageQueueTransport(client, prefix, silent), sinkOptions(options));
  const reader = createRedisClient(inject('redisUrl'), 'bullmq');
  const queue = new Queue(QUEUE_NAMES.usage, { connection: reader, prefix });
  const arrived = async () => {
    const jobs = await queue.getJobs(['waiting'], 0, -1);
    return {
      jobIds: jobs.map((job) => job.id),
      requestIds: jobs.flatMap((job) =>
        (job.data.events as UsageEventMessage[]).map((e) => e.requestId),
      ),
    };
  };
  const close = async () => {
    await sink.close(1_000);
    await queue.close();
    await reader.quit();
    await proxy.down();
  };
  return { proxy, sink, queue, arrived, close };
}

describe('UsageSink over BullMQ', () => {
  it('sends one job per batch, with the batch id as job id', async () => {
    const t = await queueSetup();
    await t.proxy.up();
    try {
      const orgId = randomUUID();
      for (const event of events(orgId, 1_234)) t.sink.record(event);
      await until(() => t.sink.stats().buffered === 0);
      const { jobIds, requestIds } = await t.arrived();
      expect(jobIds).toHaveLength(3);
      expect(jobIds.every((id) => id?.startsWith('usage-'))).toBe(true);
      expect(new Set(requestIds)).toEqual(new Set(events(orgId, 1_234).map((e) => e.requestId)));
      expect(t.sink.stats()).toMatchObject({ flushedEvents: 1_234, flushedBatches: 3, dropped: 0 });
    } finally {
      await t.close();
    }
  });

  it('buffers while Redis is unreachable and delivers everything once, when it returns', async () => {
    const t = await queueSetup();
    try {
      const orgId = randomUUID();
      for (const event of events(orgId, 1_200)) t.sink.record(event);
      await sleep(400);
      expect(t.sink.stats()).toMatchObject({ buffered: 1_200, flushedEvents: 0, dropped: 0 });
      expect(t.sink.stats().lastError).not.toBeNull();
      await t.proxy.up();
      await until(() => t.sink.stats().buffered === 0);
      // and once more: a cut in the middle of traffic
      await t.proxy.down();
      for (const event of events(orgId, 800, 1_200)) t.sink.record(event);
      await sleep(300);
      await t.proxy.up();
      await until(() => t.sink.stats().buffered === 0);
      const { requestIds } = await t.arrived();
      expect(requestIds).toHaveLength(2_000);
      expect(new Set(requestIds).size).toBe(2_000);
      expect(t.sink.stats()).toMatchObject({ flushedEvents: 2_000, dropped: 0 });
    } finally {
      await t.close();
    }
  });

  it('counts overflow exactly and keeps the oldest events', async () => {
    const t = await queueSetup({ bufferMax: 1_000 });
    try {
      const orgId = randomUUID();
      for (const event of events(orgId, 1_500)) t.sink.record(event);
      expect(t.sink.stats()).toMatchObject({ buffered: 1_000, dropped: 500 });
      await t.proxy.up();
      await until(() => t.sink.stats().buffered === 0);
      const { requestIds } = await t.arrived();
      expect(new Set(requestIds)).toEqual(new Set(events(orgId, 1_000).map((e) => e.requestId)));
      expect(t.sink.stats()).toMatchObject({ flushedEvents: 1_000, dropped: 500 });
    } finally {
      await t.close();
    }
  });

  it('flushes what is buffered when it closes', async () => {
    const t = await queueSetup({ flushIntervalMs: 60_000 });
    await t.proxy.up();
    const orgId = randomUUID();
    for (const event of events(orgId, 7)) t.sink.record(event);
    await until(() => t.arrived().then(() => true)); // queue reachable
    expect((await t.arrived()).requestIds).toHaveLength(0);
    await t.sink.close(5_000);
    expect((await t.arrived()).requestIds).toHaveLength(7);
    await t.close();
  });
});

describe('UsageSink straight to Postgres (single-node mode)', () => {
  let prisma: DbClient;
  let proxy: TcpProxy;

  beforeAll(async () => {
    const url = new URL(inject('databaseUrl'));
    proxy = await TcpProxy.create({ host: url.hostname, port: Number(url.port || 5432) });
    url.host = `127.0.0.1:${proxy.port}`;
    prisma = createPrismaClient(url.toString(), { maxConnections: 2 });
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await proxy.down();
  });

  it('keeps events while Postgres is away and writes each exactly once when it answers', async () => {
    const sink = new UsageSink(new UsageDatabaseTransport(prisma, silent, false), sinkOptions());
    const orgId = randomUUID();
    for (const event of events(orgId, 900)) sink.record(event);
    await sleep(400);
    expect(sink.stats()).toMatchObject({ buffered: 900, flushedEvents: 0 });
    await proxy.up();
    await until(() => sink.stats().buffered === 0);
    await sink.close(2_000);
    const check = createPrismaClient(inject('databaseUrl'), { maxConnections: 1 });
    try {
      expect(await check.usageEvent.count({ where: { orgId } })).toBe(900);
      const day = await check.usageRollup.findFirst({ where: { orgId, bucket: 'DAY' } });
      expect(day).toMatchObject({ requests: 900, costMicros: 900n * 25n });
    } finally {
      await check.$disconnect();
    }
  });
});
