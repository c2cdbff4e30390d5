import type {} from '../../../../scripts/test/provided-context.js';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createPrismaClient, writeUsageBatch, type DbClient } from '@gatehouse/db';
import { createRedisClient } from '@gatehouse/service-kit';
import { bullmqPrefix, QUEUE_NAMES } from '@gatehouse/shared';
import type { DatabaseRepository } from '../modules/database/database.repository.js';
import {
  EnsureUsagePartitionsJob,
  USAGE_PARTITION_MONTHS,
  USAGE_PARTITIONS_CRON,
} from './ensure-usage-partitions.job.js';

async function partitionsBetween(prisma: DbClient, first: string, last: string) {
  const rows = await prisma.$queryRaw<Array<{ name: string }>>`
    SELECT c.relname AS name FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
    WHERE p.relname = 'UsageEvent' AND c.relname BETWEEN ${first} AND ${last}
    ORDER BY c.relname`;
  return rows.map((row) => row.name);
}

describe('ensure-usage-partitions job', () => {
  let prisma: DbClient;
  let redis: Redis;
  let job: EnsureUsagePartitionsJob;

  beforeAll(async () => {
    prisma = createPrismaClient(inject('databaseUrl'), { maxConnections: 2 });
    redis = createRedisClient(inject('redisUrl'), 'bullmq');
    await redis.connect();
    job = new EnsureUsagePartitionsJob(
      { client: prisma } as DatabaseRepository,
      pino({ level: 'silent' }),
    );
  });

  afterAll(async () => {
    await job.stop();
    await redis.quit();
    await prisma.$disconnect();
  });

  it('creates thirteen monthly partitions from the given month, once', async () => {
    expect(await partitionsBetween(prisma, 'UsageEvent_2031_01', 'UsageEvent_2032_12')).toEqual([]);
    expect(await job.run(new Date('2031-03-15T12:00:00Z'))).toBe(USAGE_PARTITION_MONTHS);
    const expected = Array.from({ length: 13 }, (_, i) => {
      const month = new Date(Date.UTC(2031, 2 + i, 1));
      return `UsageEvent_${month.getUTCFullYear()}_${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
    });
    expect(await partitionsBetween(prisma, 'UsageEvent_2031_01', 'UsageEvent_2032_12')).toEqual(
      expected,
    );
    expect(await job.run(new Date('2031-03-31T23:59:59Z'))).toBe(0);
    // a row of that month lands in its partition, not in DEFAULT
    const orgId = randomUUID();
    await writeUsageBatch(prisma, [
      {
        occurredAt: new Date('2031-05-02T08:00:00.000Z'),
        requestId: 'partition-probe',
        orgId,
        teamId: null,
        applicationId: null,
        apiKeyId: null,
        productId: null,
        providerId: null,
        modelId: null,
        providerSlug: null,
        modelName: null,
        endpoint: '/v1/models',
        httpStatus: 200,
        outcome: 'SUCCESS',
        errorType: null,
        stream: false,
        cacheHit: false,
        inputTokens: 0,
        outputTokens: 0,
        cachedTokens: 0,
        costMicros: 0n,
        savedMicros: 0n,
        latencyMs: 3,
        ttftMs: null,
        promptVersionId: null,
        region: null,
        metadata: {},
      },
    ]);
    const [row] = await prisma.$queryRaw<Array<{ part: string }>>`
      SELECT tableoid::regclass::text AS part FROM "UsageEvent" WHERE "orgId" = ${orgId}::uuid`;
    expect(row?.part).toBe('"UsageEvent_2031_05"');
  });

  it('runs at boot without waiting for Redis, and at start schedules itself monthly', async () => {
    const run = vi.spyOn(job, 'run');
    job.onApplicationBootstrap();
    expect(run).toHaveBeenCalledTimes(1);
    expect(await run.mock.results[0]?.value).toBe(0); // the migration made this year's already
    run.mockRestore();
    const prefix = bullmqPrefix(inject('redisPrefix'));
    await job.start({ redis, prefix });
    const queue = new Queue(QUEUE_NAMES.usagePartitions, { connection: redis, prefix });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers).toEqual([
        expect.objectContaining({ key: 'ensure-usage-partitions', pattern: USAGE_PARTITIONS_CRON }),
      ]);
      expect(await queue.getDelayedCount()).toBe(1);
    } finally {
      await queue.close();
    }
  });
});
