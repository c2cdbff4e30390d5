// A whole gateway for integration tests: the mock provider on an ephemeral port, the demo org
// seeded against it, the gateway app listening, and (unless single-node) the ledger worker
// consuming its usage queue, all on the run's own database and Redis prefix.
import type {} from '../../../../scripts/test/provided-context.js';
import { randomBytes } from 'node:crypto';
import {
  startUsageLedgerWorker,
  type UsageLedgerWorker,
} from '@gatehouse/admin-api/usage-ledger-worker';
import { createPrismaClient, seedDemo, type DbClient } from '@gatehouse/db';
import { buildMockProvider } from '@gatehouse/mock-provider';
import { createRedisClient, publishConfigChange } from '@gatehouse/service-kit';
import { bullmqPrefix, generateApiKey } from '@gatehouse/shared';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { inject } from 'vitest';
import { createGatewayApp } from '../create-gateway-app.js';
import { parseGatewayEnv } from '../env.js';
import { addTestModels, removeTestModels } from './add-test-models.js';

export type TestGateway = {
  baseUrl: string;
  mockUrl: string;
  mock: FastifyInstance;
  app: NestFastifyApplication;
  db: DbClient;
  orgId: string;
  demoKey: string;
  trialKey: string;
  encryptionKey: Buffer;
  /** Bumps the org's config version and announces it, as the admin API does after a write. */
  configChanged(): Promise<void>;
  close(): Promise<void>;
};

export async function startTestGateway(
  options: { singleNode?: boolean } = {},
): Promise<TestGateway> {
  const silent = pino({ level: 'silent' });
  const mock = await buildMockProvider({ logLevel: 'silent' });
  const mockUrl = await mock.listen({ port: 0, host: '127.0.0.1' });
  const databaseUrl = inject('databaseUrl');
  const prefix = inject('redisPrefix');
  const db = createPrismaClient(databaseUrl, { maxConnections: 4 });
  const encryptionKey = randomBytes(32);
  const demoKey = generateApiKey();
  const trialKey = generateApiKey();
  const seeded = await seedDemo(db, {
    encryptionKey,
    adminEmail: 'admin@acme.test',
    adminPassword: 'correct-horse-battery',
    demoKey,
    trialKey,
    mockProviderUrl: mockUrl,
    now: new Date(),
    usageDays: 0,
  });
  await addTestModels(db, seeded.orgId, mockUrl, encryptionKey);
  const parsed = parseGatewayEnv({
    DATABASE_URL: databaseUrl,
    REDIS_URL: inject('redisUrl'),
    REDIS_KEY_PREFIX: prefix,
    ENCRYPTION_KEY: encryptionKey.toString('base64'),
    SINGLE_NODE: options.singleNode === true ? 'true' : 'false',
    LOG_LEVEL: 'silent',
    USAGE_FLUSH_INTERVAL_MS: '20',
    CONFIG_POLL_INTERVAL_MS: '500',
  });
  if (!parsed.ok) throw new Error(parsed.message);
  const app = await createGatewayApp(parsed.env, silent);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (address === null || typeof address === 'string') throw new Error('gateway did not listen');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  let redis: Redis | null = null;
  let worker: UsageLedgerWorker | null = null;
  if (options.singleNode !== true) {
    redis = createRedisClient(inject('redisUrl'), 'bullmq');
    await redis.connect();
    worker = startUsageLedgerWorker({
      connection: redis,
      prefix: bullmqPrefix(prefix),
      prisma: db,
      logger: silent,
      concurrency: 2,
    });
  }
  const publisher = createRedisClient(inject('redisUrl'), 'commands');
  await publisher.connect();
  return {
    baseUrl,
    mockUrl,
    mock,
    app,
    db,
    orgId: seeded.orgId,
    demoKey,
    trialKey,
    encryptionKey,
    async configChanged() {
      const row = await db.configVersion.update({
        where: { orgId: seeded.orgId },
        data: { version: { increment: 1n } },
        select: { version: true },
      });
      await publishConfigChange(publisher, prefix, {
        orgId: seeded.orgId,
        version: String(row.version),
      });
    },
    async close() {
      await app.close();
      // The demo org is shared with other test files: leave it as the seed made it.
      await removeTestModels(db, seeded.orgId);
      await worker?.close();
      await redis?.quit();
      await publisher.quit();
      await mock.close();
      await db.$disconnect();
    },
  };
}
