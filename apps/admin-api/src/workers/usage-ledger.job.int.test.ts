import type {} from '../../../../scripts/test/provided-context.js';
import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { NestFactory } from '@nestjs/core';
import { Queue, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type DbClient } from '@gatehouse/db';
import { createRedisClient } from '@gatehouse/service-kit';
import {
  bullmqPrefix,
  QUEUE_NAMES,
  rollupUsageEvents,
  decodeUsageEventMessage,
  type UsageEventMessage,
} from '@gatehouse/shared';
import { parseAdminApiEnv } from '../env.js';
import { startUsageLedgerWorker, type UsageLedgerWorker } from './usage-ledger.job.js';
import { WorkersModule } from './workers.module.js';

const silent = pino({ level: 'silent' });
// The producing queue of each job, by qualified name, to re-read a job's final state.
const queues = new Map<string, Queue>();
function producer(connection: Redis, prefix: string): Queue {
  const queue = new Queue(QUEUE_NAMES.usage, { connection, prefix });
  queues.set(queue.qualifiedName, queue);
  return queue;
}

function events(orgId: string, count: number, tag = randomBytes(3).toString('hex')) {
  const appId = randomUUID();
  return Array.from({ length: count }, (_, i): UsageEventMessage => ({
    occurredAt: new Date(Date.UTC(2026, 10, 24, 10 + (i % 3), i % 60, 0, i)).toISOString(),
    requestId: `req-${tag}-${i}`,
    orgId,
    teamId: null,
    applicationId: appId,
    apiKeyId: null,
    productId: null,
    providerId: null,
    modelId: null,
    providerSlug: 'openai',
    modelName: 'gpt-4o-mini',
    endpoint: '/v1/chat/completions',
    httpStatus: i % 7 === 0 ? 429 : 200,
    outcome: i % 7 === 0 ? 'RATE_LIMITED' : 'SUCCESS',
    errorType: i % 7 === 0 ? 'rate_limit_exceeded' : null,
    stream: false,
    cacheHit: false,
    inputTokens: 10 + i,
    outputTokens: 5,
    cachedTokens: 0,
    costMicros: String(100 + i),
    savedMicros: '0',
    latencyMs: 40 + i * 13,
    ttftMs: null,
    promptVersionId: null,
    region: null,
    metadata: {},
  }));
}

async function finished(job: Job, timeoutMs = 15_000): Promise<Job> {
  const queue = queues.get(job.queueQualifiedName);
  if (queue === undefined) throw new Error(`no queue for ${job.queueQualifiedName}`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await job.getState();
    if (state === 'completed' || state === 'failed') break;
    if (Date.now() > deadline) throw new Error(`job ${job.id} still ${state}`);
    await sleep(20);
  }
  const fresh = await queue.getJob(job.id ?? '');
  if (fresh === undefined) throw new Error(`job ${job.id} vanished`);
  return fresh as Job;
}

async function rollups(prisma: DbClient, orgId: string) {
  return prisma.usageRollup.findMany({
    where: { orgId },
    orderBy: [{ bucket: 'asc' }, { bucketStart: 'asc' }, { dimensionKey: 'asc' }],
    omit: { id: true, updatedAt: true },
  });
}

describe('usage-ledger worker', () => {
  let redis: Redis;
  let prisma: DbClient;
  let running: UsageLedgerWorker;
  let queue: Queue;
  let deadLetters: Queue;
  const prefix = bullmqPrefix(inject('redisPrefix'));

  beforeAll(async () => {
    redis = createRedisClient(inject('redisUrl'), 'bullmq');
    await redis.connect();
    prisma = createPrismaClient(inject('databaseUrl'), { maxConnections: 4 });
    running = startUsageLedgerWorker({
      connection: redis,
      prefix,
      prisma,
      logger: silent,
      concurrency: 2,
    });
    queue = producer(redis, prefix);
    deadLetters = new Queue(QUEUE_NAMES.usageDeadLetter, { connection: redis, prefix });
  });

  afterAll(async () => {
    await running.close();
    await queue.close();
    await deadLetters.close();
    await redis.quit();
    await prisma.$disconnect();
  });

  it('writes a batch to the ledger and its rollups, and a re-sent batch changes nothing', async () => {
    const orgId = randomUUID();
    const batch = events(orgId, 50);
    const first = await finished(await queue.add('usage-batch', { batchId: 'b1', events: batch }));
    expect(first.returnvalue).toEqual({ inserted: 50, duplicates: 0, deadLettered: 0 });
    expect(await prisma.usageEvent.count({ where: { orgId } })).toBe(50);
    const decoded = batch.map(decodeUsageEventMessage);
    const expected = [...rollupUsageEvents(decoded, 'HOUR'), ...rollupUsageEvents(decoded, 'DAY')];
    const stored = await rollups(prisma, orgId);
    expect(stored).toEqual(expected);

    const again = await finished(await queue.add('usage-batch', { batchId: 'b1', events: batch }));
    expect(again.returnvalue).toEqual({ inserted: 0, duplicates: 50, deadLettered: 0 });
    expect(await rollups(prisma, orgId)).toEqual(stored);
  });

  it('dead-letters malformed and Postgres-refused events and writes the rest of the batch', async () => {
    const orgId = randomUUID();
    const batch: unknown[] = events(orgId, 10);
    batch[1] = { ...(batch[1] as object), costMicros: -3 }; // fails validation
    batch[4] = 'not an event'; // fails validation
    // valid JSON, but jsonb refuses a lone surrogate: only Postgres can tell
    batch[8] = { ...(batch[8] as object), metadata: { note: 'broken \ud800 text' } };
    const job = await finished(await queue.add('usage-batch', { batchId: 'b2', events: batch }));
    expect(job.finishedOn).toBeDefined();
    expect(job.attemptsMade).toBe(1);
    expect(job.returnvalue).toEqual({ inserted: 7, duplicates: 0, deadLettered: 3 });
    expect(await prisma.usageEvent.count({ where: { orgId } })).toBe(7);
    const dead = await deadLetters.getJob(`dead-${job.id}`);
    expect(dead?.data.batchId).toBe('b2');
    expect(dead?.data.events.map((e: { index: number }) => e.index)).toEqual([1, 4, 8]);
    expect(dead?.data.events[0].issues).toMatch(/costMicros/);
    expect(dead?.data.events[1].event).toBe('not an event');
    expect(dead?.data.events[2].issues).toMatch(/surrogate|Unicode|json/i);
  });

  it('dead-letters a job whose payload is not a batch at all, without retrying it', async () => {
    const job = await finished(await queue.add('usage-batch', { hello: 'world' }));
    expect(job.returnvalue).toEqual({ inserted: 0, duplicates: 0, deadLettered: 1 });
    expect(job.attemptsMade).toBe(1);
    const dead = await deadLetters.getJob(`dead-${job.id}`);
    expect(dead?.data).toMatchObject({ reason: 'malformed batch', batchId: null });
    expect(dead?.data.events[0].event).toEqual({ hello: 'world' });
  });

  it('fails a job while Postgres is unreachable and writes it on a retry once it answers', async () => {
    const blipPrefix = bullmqPrefix(`${inject('redisPrefix')}blip:`);
    const orgId = randomUUID();
    const unreachable = createPrismaClient('postgres://postgres@127.0.0.1:1/none');
    const down = startUsageLedgerWorker({
      connection: redis,
      prefix: blipPrefix,
      prisma: unreachable,
      logger: silent,
      concurrency: 1,
    });
    const blipQueue = producer(redis, blipPrefix);
    const job = await blipQueue.add(
      'usage-batch',
      { batchId: 'b3', events: events(orgId, 5) },
      { attempts: 5, backoff: { type: 'fixed', delay: 300 } },
    );
    const deadline = Date.now() + 10_000;
    while ((await blipQueue.getJob(job.id ?? ''))?.attemptsMade === 0 && Date.now() < deadline) {
      await sleep(20);
    }
    await down.close();
    await unreachable.$disconnect();
    const failedOnce = await blipQueue.getJob(job.id ?? '');
    expect(failedOnce?.failedReason).toMatch(/reach database|ECONNREFUSED/i);
    expect(await failedOnce?.getState()).toMatch(/delayed|wait/);

    const up = startUsageLedgerWorker({
      connection: redis,
      prefix: blipPrefix,
      prisma,
      logger: silent,
      concurrency: 1,
    });
    try {
      const done = await finished(job);
      expect(done.returnvalue).toEqual({ inserted: 5, duplicates: 0, deadLettered: 0 });
      expect(done.attemptsMade).toBe(2);
      expect(await prisma.usageEvent.count({ where: { orgId } })).toBe(5);
    } finally {
      await up.close();
      await blipQueue.close();
    }
  });

  it('runs in the worker process (WorkersModule) and consumes the queue', async () => {
    const parsed = parseAdminApiEnv({
      DATABASE_URL: inject('databaseUrl'),
      REDIS_URL: inject('redisUrl'),
      REDIS_KEY_PREFIX: `${inject('redisPrefix')}proc:`,
      ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      AUTH_JWT_SECRET: randomBytes(32).toString('hex'),
    });
    if (!parsed.ok) throw new Error(parsed.message);
    const app = await NestFactory.createApplicationContext(
      WorkersModule.forRoot(parsed.env, silent),
      { logger: false },
    );
    await app.init();
    const procQueue = producer(redis, bullmqPrefix(`${inject('redisPrefix')}proc:`));
    try {
      const orgId = randomUUID();
      const job = await finished(
        await procQueue.add('usage-batch', { batchId: 'b4', events: events(orgId, 3) }),
      );
      expect(job.returnvalue).toEqual({ inserted: 3, duplicates: 0, deadLettered: 0 });
    } finally {
      await procQueue.close();
      await app.close();
    }
  });
});
