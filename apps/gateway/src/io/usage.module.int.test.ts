import type {} from '../../../../scripts/test/provided-context.js';
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import { pino } from 'pino';
import { describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '@gatehouse/db';
import { createRedisClient } from '@gatehouse/service-kit';
import { bullmqPrefix, QUEUE_NAMES, type UsageEventMessage } from '@gatehouse/shared';
import { parseGatewayEnv, type GatewayEnv } from '../env.js';
import { GATEWAY_ENV, LOGGER } from '../tokens.js';
import { UsageModule } from './usage.module.js';
import { UsageSink } from './usage-sink.js';

const silent = pino({ level: 'silent' });

function envWith(overrides: Record<string, string>): GatewayEnv {
  const parsed = parseGatewayEnv({
    DATABASE_URL: inject('databaseUrl'),
    REDIS_URL: inject('redisUrl'),
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    USAGE_FLUSH_INTERVAL_MS: '60000', // only the shutdown flush sends
    ...overrides,
  });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.env;
}

// The root module's globals as AppModule provides them, plus UsageModule as the lead wires it.
async function startApp(env: GatewayEnv) {
  @Global()
  @Module({
    providers: [
      { provide: GATEWAY_ENV, useValue: env },
      { provide: LOGGER, useValue: silent },
    ],
    exports: [GATEWAY_ENV, LOGGER],
  })
  class Globals {}
  @Module({ imports: [Globals, UsageModule] })
  class TestApp {}
  const app = await NestFactory.createApplicationContext(TestApp, { logger: false });
  await app.init();
  return app;
}

function events(orgId: string, count: number): UsageEventMessage[] {
  return Array.from({ length: count }, (_, i) => ({
    occurredAt: new Date(Date.UTC(2026, 10, 24, 18, 0, i)).toISOString(),
    requestId: `mod-${orgId.slice(0, 8)}-${i}`,
    orgId,
    teamId: null,
    applicationId: null,
    apiKeyId: null,
    productId: null,
    providerId: null,
    modelId: null,
    providerSlug: null,
    modelName: null,
    endpoint: '/apis/orders/orders',
    httpStatus: 404,
    outcome: 'CLIENT_ERROR',
    errorType: 'not_found',
    stream: false,
    cacheHit: false,
    inputTokens: 0,
    outputTokens: 0,
    cachedTokens: 0,
    costMicros: '0',
    savedMicros: '0',
    latencyMs: 12,
    ttftMs: null,
    promptVersionId: null,
    region: null,
    metadata: { method: 'GET' },
  }));
}

describe('UsageModule', () => {
  it('provides the sink and flushes it to BullMQ when the app shuts down', async () => {
    const keyPrefix = `${inject('redisPrefix')}mod-${randomBytes(3).toString('hex')}:`;
    const app = await startApp(envWith({ REDIS_KEY_PREFIX: keyPrefix }));
    const sink = app.get(UsageSink);
    for (const event of events(randomUUID(), 7)) sink.record(event);
    expect(sink.stats().buffered).toBe(7);
    await app.close();
    expect(sink.stats()).toMatchObject({ buffered: 0, flushedEvents: 7, flushedBatches: 1 });
    const redis = createRedisClient(inject('redisUrl'), 'bullmq');
    const queue = new Queue(QUEUE_NAMES.usage, {
      connection: redis,
      prefix: bullmqPrefix(keyPrefix),
    });
    try {
      const jobs = await queue.getJobs(['waiting'], 0, -1);
      expect(jobs.map((job) => (job.data.events as unknown[]).length)).toEqual([7]);
      expect(jobs[0]?.opts.attempts).toBe(12);
    } finally {
      await queue.close();
      await redis.quit();
    }
  });

  it('in single-node mode writes the ledger straight to Postgres', async () => {
    const app = await startApp(envWith({ SINGLE_NODE: 'true' }));
    const sink = app.get(UsageSink);
    const orgId = randomUUID();
    for (const event of events(orgId, 4)) sink.record(event);
    await app.close();
    const prisma = createPrismaClient(inject('databaseUrl'), { maxConnections: 1 });
    try {
      expect(await prisma.usageEvent.count({ where: { orgId } })).toBe(4);
      const hour = await prisma.usageRollup.findFirst({ where: { orgId, bucket: 'HOUR' } });
      expect(hour).toMatchObject({ requests: 4, errors: 4 });
    } finally {
      await prisma.$disconnect();
    }
  });
});
