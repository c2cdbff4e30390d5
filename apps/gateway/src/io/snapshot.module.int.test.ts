import type {} from '../../../../scripts/test/provided-context.js';
import 'reflect-metadata';
import { Global, Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { identifyApiKey } from '@gatehouse/shared';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseGatewayEnv } from '../env.js';
import { GATEWAY_ENV, LOGGER } from '../tokens.js';
import { JwtVerifier } from './jwt-verifier.js';
import { PolicySnapshotService } from './policy-snapshot.service.js';
import { SnapshotModule } from './snapshot.module.js';
import {
  createTestKey,
  seedDemoOrg,
  TEST_ENCRYPTION_KEY,
  type SeededDemo,
} from './snapshot-test-support.js';

function rootModule(env: Record<string, string>) {
  const parsed = parseGatewayEnv(env);
  if (!parsed.ok) throw new Error(parsed.message);
  // What AppModule.forRoot provides globally; SnapshotModule needs nothing else.
  @Global()
  @Module({
    providers: [
      { provide: GATEWAY_ENV, useValue: parsed.env },
      { provide: LOGGER, useValue: pino({ level: 'silent' }) },
    ],
    exports: [GATEWAY_ENV, LOGGER],
  })
  class TestRoot {}
  @Module({ imports: [TestRoot, SnapshotModule] })
  class TestApp {}
  return TestApp;
}

describe('SnapshotModule', () => {
  let demo: SeededDemo;
  let app: INestApplicationContext;

  beforeAll(async () => {
    demo = await seedDemoOrg(inject('databaseUrl'));
  });

  afterAll(async () => {
    await app?.close();
    await demo?.prisma.$disconnect();
  });

  it('builds the snapshot during bootstrap from env and provides the JWT verifier', async () => {
    const { key } = await createTestKey(demo, 'nest');
    app = await NestFactory.createApplicationContext(
      rootModule({
        DATABASE_URL: inject('databaseUrl'),
        ENCRYPTION_KEY: TEST_ENCRYPTION_KEY.toString('hex'),
        REDIS_URL: inject('redisUrl'),
        REDIS_KEY_PREFIX: inject('redisPrefix'),
      }),
      { logger: false },
    );
    await app.init();
    const snapshots = app.get(PolicySnapshotService);
    expect(snapshots.isReady()).toBe(true);
    // Other test files' orgs may hold credentials sealed under their own keys.
    const ours = snapshots.current().problems.filter((p) => p.orgId === demo.seeded.orgId);
    expect(ours).toEqual([]);
    expect(identifyApiKey(snapshots.current(), key, new Date()).ok).toBe(true);
    expect(app.get(JwtVerifier)).toBeInstanceOf(JwtVerifier);
  });
});
