// The whole usage pipe in one process: the gateway's UsageSink → BullMQ → the admin-api worker →
// the ledger and its rollups. Lives outside both apps' src/ because it imports from both.
import type {} from '../../../scripts/test/provided-context.js';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type DbClient } from '@gatehouse/db';
import { createRedisClient } from '@gatehouse/service-kit';
import {
  bullmqPrefix,
  decodeUsageEventMessage,
  rollupUsageEvents,
  type UsageEventMessage,
} from '@gatehouse/shared';
import type { Redis } from 'ioredis';
import { UsageQueueTransport } from '../src/io/usage-queue-transport.js';
import { UsageSink } from '../src/io/usage-sink.js';
import {
  startUsageLedgerWorker,
  type UsageLedgerWorker,
} from '../../admin-api/src/workers/usage-ledger.job.js';

const silent = pino({ level: 'silent' });
const OUTCOMES = ['SUCCESS', 'SUCCESS', 'SUCCESS', 'UPSTREAM_ERROR', 'BLOCKED'] as const;

function events(orgId: string, count: number): UsageEventMessage[] {
  const apps = [randomUUID(), randomUUID()];
  const models = [randomUUID(), randomUUID()];
  return Array.from({ length: count }, (_, i) => ({
    occurredAt: new Date(Date.UTC(2026, 10, 23, 22, 30) + i * 1_771).toISOString(),
    requestId: `pipe-${orgId.slice(0, 8)}-${i}`,
    orgId,
    teamId: null,
    applicationId: apps[i % 2] ?? null,
    apiKeyId: null,
    productId: null,
    providerId: null,
    modelId: models[(i >> 1) % 2] ?? null,
    providerSlug: 'anthropic',
    modelName: 'claude-sonnet',
    endpoint: '/v1/messages',
    httpStatus: OUTCOMES[i % 5] === 'SUCCESS' ? 200 : 502,
    outcome: OUTCOMES[i % 5] ?? 'SUCCESS',
    errorType: null,
    stream: i % 3 === 0,
    cacheHit: false,
    inputTokens: 200 + (i % 17),
    outputTokens: 40 + (i % 5),
    cachedTokens: 0,
    costMicros: String(1_000 + i),
    savedMicros: '0',
    latencyMs: 50 + ((i * 331) % 9_000),
    ttftMs: i % 3 === 0 ? 80 : null,
    promptVersionId: null,
    region: null,
    metadata: {},
  }));
}

describe('usage pipe: gateway sink → BullMQ → worker → ledger', () => {
  let prisma: DbClient;
  let workerRedis: Redis;
  let worker: UsageLedgerWorker;
  const prefix = bullmqPrefix(`${inject('redisPrefix')}pipe:`);

  beforeAll(async () => {
    prisma = createPrismaClient(inject('databaseUrl'), { maxConnections: 4 });
    workerRedis = createRedisClient(inject('redisUrl'), 'bullmq');
    await workerRedis.connect();
    worker = startUsageLedgerWorker({
      connection: workerRedis,
      prefix,
      prisma,
      logger: silent,
      concurrency: 2,
    });
  });
  afterAll(async () => {
    await worker.close();
    await workerRedis.quit();
    await prisma.$disconnect();
  });

  it('bills every recorded event exactly once, with rollups equal to the pure rollup', async () => {
    const client = createRedisClient(inject('redisUrl'), 'commands');
    await client.connect();
    const transport = new UsageQueueTransport(client, prefix, silent);
    const sink = new UsageSink(transport, {
      batchSize: 500,
      flushIntervalMs: 50,
      bufferMax: 100_000,
      logger: silent,
    });
    const orgId = randomUUID();
    const sent = events(orgId, 3_000);
    for (const event of sent) sink.record(event);
    // a batch delivered twice (a reply lost after the job landed) must not bill twice
    await transport.send({ batchId: 'usage-resent-1', events: sent.slice(0, 300) });
    await transport.send({ batchId: 'usage-resent-2', events: sent.slice(0, 300) });
    await sink.close(5_000);
    // 6 batches from the sink and the 2 re-sent ones
    const deadline = Date.now() + 30_000;
    while (worker.stats().jobs < 8) {
      if (Date.now() > deadline) throw new Error(`only ${worker.stats().jobs} jobs processed`);
      await sleep(50);
    }
    expect(await prisma.usageEvent.count({ where: { orgId } })).toBe(3_000);
    const stored = await prisma.usageRollup.findMany({
      where: { orgId },
      orderBy: [{ bucket: 'asc' }, { bucketStart: 'asc' }, { dimensionKey: 'asc' }],
      omit: { id: true, updatedAt: true },
    });
    const decoded = sent.map(decodeUsageEventMessage);
    expect(stored).toEqual([
      ...rollupUsageEvents(decoded, 'HOUR'),
      ...rollupUsageEvents(decoded, 'DAY'),
    ]);
    expect(worker.stats()).toEqual({ jobs: 8, inserted: 3_000, duplicates: 600, deadLettered: 0 });
    expect(sink.stats()).toMatchObject({ flushedEvents: 3_000, dropped: 0, buffered: 0 });
  });
});
