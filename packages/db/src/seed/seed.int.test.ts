import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptSecret, generateApiKey, hashApiKey } from '@gatehouse/shared';
import { createPrismaClient, type DbClient } from '../client/create-prisma-client.js';
import { migrateDeploy } from '../migrate/index.js';
import { seedDemo, type SeedOptions, type SeedResult } from './seed-demo.js';

const serverUrl =
  process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `gatehouse_test_${Date.now()}_seed${randomBytes(4).toString('hex')}`;
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
const DAY = 86_400_000;

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const options: SeedOptions = {
  encryptionKey: randomBytes(32),
  adminEmail: 'Admin@Acme.test',
  adminPassword: 'correct-horse-battery',
  demoKey: generateApiKey(),
  trialKey: generateApiKey(),
  mockProviderUrl: 'http://127.0.0.1:9999/',
  now: new Date(),
};

// Row count and an md5 over every full row of every table, so any insert, update or delete shows.
async function snapshot(prisma: DbClient): Promise<Record<string, string>> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> '_prisma_migrations'`;
  const result: Record<string, string> = {};
  for (const { name: table } of tables) {
    const [row] = await prisma.$queryRawUnsafe<{ n: string; sum: string }[]>(
      `SELECT count(*)::text AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${table}" t`,
    );
    result[table] = `${row?.n}:${row?.sum}`;
  }
  return result;
}

describe('seedDemo', () => {
  let prisma: DbClient;
  let first: SeedResult;
  let second: SeedResult;
  let before: Record<string, string>;
  let after: Record<string, string>;

  beforeAll(async () => {
    await onServer(`CREATE DATABASE "${name}"`);
    await migrateDeploy(databaseUrl);
    prisma = createPrismaClient(databaseUrl, { maxConnections: 4 });
    first = await seedDemo(prisma, options);
    before = await snapshot(prisma);
    second = await seedDemo(prisma, options);
    after = await snapshot(prisma);
  }, 120_000);

  afterAll(async () => {
    await prisma?.$disconnect();
    await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('creates the demo on the first run and changes nothing on the second', () => {
    expect(first.changed).toBe(true);
    expect(first.created).toMatchObject({
      Organization: 1,
      Team: 3,
      User: 7,
      Provider: 5,
      Model: 9,
      Application: 4,
      ApiKey: 4,
      PromptVersion: 5,
    });
    expect(first.usage?.eventsInserted).toBe(first.usage?.events);
    expect(first.usage?.events).toBeGreaterThan(8_500);
    expect(second.changed).toBe(false);
    expect(second.created).toEqual({});
    expect(second.updated).toEqual({});
    expect(second.usage?.eventsInserted).toBe(0);
    expect(Object.keys(before).length).toBeGreaterThan(25);
    expect(after).toEqual(before);
  });

  it('lets the admin sign in with the seeded password (argon2id)', async () => {
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: 'admin@acme.test' } });
    expect(admin.role).toBe('OWNER');
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await argon2.verify(admin.passwordHash ?? '', options.adminPassword)).toBe(true);
    expect(await argon2.verify(admin.passwordHash ?? '', 'wrong')).toBe(false);
    const roles = await prisma.user.groupBy({ by: ['role'], _count: true });
    expect(roles.map((r) => r.role).sort()).toEqual([
      'ADMIN',
      'AUDITOR',
      'DEVELOPER',
      'FINANCE',
      'OWNER',
    ]);
  });

  it('stores only the hashes of the provided keys', async () => {
    const keyOf = (app: string) =>
      prisma.apiKey.findFirstOrThrow({ where: { application: { name: app } } });
    expect((await keyOf('Demo App')).keyHash).toBe(hashApiKey(options.demoKey ?? ''));
    expect((await keyOf('Trial App')).keyHash).toBe(hashApiKey(options.trialKey ?? ''));
    expect((await keyOf('Demo App')).prefix).toBe(options.demoKey?.slice(0, 7));
    expect(first.keys.find((k) => k.application === 'Demo App')).toMatchObject({
      key: options.demoKey,
      source: 'provided',
    });
    expect(first.keys.find((k) => k.application === 'Campaign Studio')?.key).toMatch(/^gh_/);
    expect(second.keys.find((k) => k.application === 'Campaign Studio')).toMatchObject({
      key: null,
      source: 'earlier-run',
    });
  });

  it('seals provider credentials with the encryption key and points providers at the mock', async () => {
    const openai = await prisma.provider.findFirstOrThrow({ where: { slug: 'openai' } });
    expect(openai.baseUrl).toBe('http://127.0.0.1:9999/openai/v1');
    expect(
      JSON.parse(decryptSecret(openai.credentialsEnc ?? new Uint8Array(), options.encryptionKey)),
    ).toEqual({ apiKey: 'sk-mock-openai' });
    const azure = await prisma.provider.findFirstOrThrow({ where: { slug: 'azure-openai' } });
    expect(azure).toMatchObject({
      kind: 'AZURE_OPENAI',
      region: 'eu-west',
      baseUrl: 'http://127.0.0.1:9999/azure/openai',
    });
  });

  it('sets the plan limits of the issue', async () => {
    const plans = await prisma.plan.findMany({
      where: { product: { slug: 'llm-api' } },
      orderBy: { slug: 'asc' },
    });
    expect(
      plans.map((p) => [
        p.name,
        p.requestsPerMinute,
        p.tokensPerMinute,
        p.budgetMicros,
        p.budgetPeriod,
        p.budgetMode,
      ]),
    ).toEqual([
      ['Free', 10, 20_000, 1_000_000n, 'MONTH', 'HARD'],
      ['Pro', 600, 1_000_000, 500_000_000n, 'MONTH', 'SOFT'],
    ]);
    const subscription = await prisma.subscription.findFirstOrThrow({
      where: { application: { name: 'Demo App' }, product: { slug: 'llm-api' } },
      include: { plan: true },
    });
    expect([subscription.status, subscription.plan.name]).toEqual(['ACTIVE', 'Pro']);
  });

  it('keeps ledger totals and hourly and daily rollup totals exactly equal', async () => {
    const [ledger] = await prisma.$queryRaw<
      { n: bigint; cost: bigint; input: bigint; output: bigint; latency: bigint }[]
    >`
      SELECT count(*)::bigint AS n, sum("costMicros")::bigint AS cost, sum("inputTokens")::bigint AS input,
             sum("outputTokens")::bigint AS output, sum("latencyMs")::bigint AS latency FROM "UsageEvent"`;
    for (const bucket of ['HOUR', 'DAY'] as const) {
      const rollup = await prisma.usageRollup.aggregate({
        where: { bucket },
        _sum: {
          requests: true,
          costMicros: true,
          inputTokens: true,
          outputTokens: true,
          latencyMsSum: true,
        },
      });
      expect([
        BigInt(rollup._sum.requests ?? 0),
        rollup._sum.costMicros,
        rollup._sum.inputTokens,
        rollup._sum.outputTokens,
        rollup._sum.latencyMsSum,
      ]).toEqual([ledger?.n, ledger?.cost, ledger?.input, ledger?.output, ledger?.latency]);
    }
    expect(ledger?.cost).toBeGreaterThan(10_000_000n);
    const [histogram] = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT sum(h)::bigint AS n FROM "UsageRollup", unnest("latencyHistogram") AS h WHERE bucket = 'DAY'`;
    expect(histogram?.n).toBe(ledger?.n);
  });

  it('plants one cost anomaly about ten times the app median, ten days back', async () => {
    const anomaly = first.usage?.anomaly;
    expect(anomaly?.application).toBe('Campaign Studio');
    const daysBack =
      (new Date(options.now.toISOString().slice(0, 10)).getTime() -
        new Date(anomaly?.date ?? '').getTime()) /
      DAY;
    expect(daysBack).toBe(10);
    const days = await prisma.usageRollup.groupBy({
      by: ['bucketStart'],
      where: { bucket: 'DAY', applicationId: anomaly?.applicationId },
      _sum: { costMicros: true },
    });
    const costs = days.map((d) => Number(d._sum.costMicros ?? 0n)).sort((a, b) => a - b);
    const median = costs[Math.floor(costs.length / 2)] ?? 0;
    const spike = Number(
      days.find((d) => d.bucketStart.toISOString().startsWith(anomaly?.date ?? 'x'))?._sum
        .costMicros ?? 0n,
    );
    expect(spike / median).toBeGreaterThan(7);
    expect(spike / median).toBeLessThan(16);
    expect(spike).toBe(Number(anomaly?.costMicros));
  });
  // Runs last: it changes the seeded state on purpose.
  it('re-hashes a changed password, re-seals under a new key and bumps the config version', async () => {
    const changed = {
      ...options,
      adminPassword: 'a-new-password',
      encryptionKey: randomBytes(32),
      demoKey: undefined,
      trialKey: undefined,
    };
    const third = await seedDemo(prisma, changed);
    expect(third.created).toEqual({});
    expect(third.updated).toEqual({ User: 7, Provider: 5, ApiProduct: 1, ConfigVersion: 1 });
    expect(third.keys.find((k) => k.application === 'Demo App')).toMatchObject({
      key: null,
      prefix: options.demoKey?.slice(0, 7),
    });
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: 'admin@acme.test' } });
    expect(await argon2.verify(admin.passwordHash ?? '', 'a-new-password')).toBe(true);
    const openai = await prisma.provider.findFirstOrThrow({ where: { slug: 'openai' } });
    expect(
      decryptSecret(openai.credentialsEnc ?? new Uint8Array(), changed.encryptionKey),
    ).toContain('sk-mock-openai');
    expect((await prisma.configVersion.findFirstOrThrow()).version).toBe(2n);
  });
});
