import type {} from '../../../../scripts/test/provided-context.js';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  dimensionKey,
  rollupUsageEvents,
  type UsageLedgerEvent,
  type UsageRollupRow,
} from '@gatehouse/shared';
import { createPrismaClient, type DbClient } from '../client/create-prisma-client.js';
import { writeUsageBatch } from './write-usage-batch.js';
import { writeUsageBatchIsolating } from './write-usage-batch-isolating.js';

const HOUR = 3_600_000;

// Each test uses its own org, so rollups of one never mix with another's (or other test files').
function makeEvents(orgId: string, count: number, start = Date.UTC(2026, 10, 20, 22)) {
  const apps = [randomUUID(), randomUUID()];
  const models = [randomUUID(), randomUUID(), randomUUID()];
  return Array.from({ length: count }, (_, i): UsageLedgerEvent => ({
    // spread over 3 hours around midnight, so both hour and day buckets split
    occurredAt: new Date(start + ((i * 7_919_311) % (3 * HOUR)) + (i % 1000)),
    requestId: `req-${orgId.slice(0, 8)}-${i}`,
    orgId,
    teamId: i % 5 === 0 ? null : randomUUIDFor(orgId, 'team'),
    applicationId: apps[i % apps.length] ?? null,
    apiKeyId: null,
    productId: null,
    providerId: null,
    modelId: models[i % models.length] ?? null,
    providerSlug: 'openai',
    modelName: 'gpt-4o-mini',
    endpoint: '/v1/chat/completions',
    httpStatus: i % 11 === 0 ? 502 : 200,
    outcome: i % 11 === 0 ? 'UPSTREAM_ERROR' : 'SUCCESS',
    errorType: i % 11 === 0 ? 'upstream_error' : null,
    stream: i % 2 === 0,
    cacheHit: i % 13 === 0,
    inputTokens: 100 + i,
    outputTokens: 20 + (i % 50),
    cachedTokens: i % 13 === 0 ? 64 : 0,
    costMicros: BigInt(1_000 + i * 37),
    savedMicros: i % 13 === 0 ? 555n : 0n,
    latencyMs: (i * 97) % 70_000,
    ttftMs: i % 2 === 0 ? 30 + (i % 200) : null,
    promptVersionId: null,
    region: 'eu-west-1',
    metadata: { route: 'default', attempt: i % 3 },
  }));
}

const teams = new Map<string, string>();
function randomUUIDFor(orgId: string, kind: string): string {
  const key = `${orgId}:${kind}`;
  const existing = teams.get(key) ?? randomUUID();
  teams.set(key, existing);
  return existing;
}

async function storedRollups(prisma: DbClient, orgId: string): Promise<UsageRollupRow[]> {
  const rows = await prisma.usageRollup.findMany({
    where: { orgId },
    orderBy: [{ bucket: 'asc' }, { bucketStart: 'asc' }, { dimensionKey: 'asc' }],
    omit: { id: true, updatedAt: true },
  });
  return rows;
}

function expectedRollups(events: UsageLedgerEvent[]): UsageRollupRow[] {
  const sort = (rows: UsageRollupRow[]) =>
    rows.sort(
      (a, b) =>
        a.bucketStart.getTime() - b.bucketStart.getTime() ||
        (a.dimensionKey < b.dimensionKey ? -1 : a.dimensionKey > b.dimensionKey ? 1 : 0),
    );
  // Postgres sorts enum values in declaration order: HOUR rows, then DAY rows.
  return [...sort(rollupUsageEvents(events, 'HOUR')), ...sort(rollupUsageEvents(events, 'DAY'))];
}

describe('writeUsageBatch', () => {
  let prisma: DbClient;

  beforeAll(() => {
    prisma = createPrismaClient(inject('databaseUrl'), { maxConnections: 4 });
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it('stores every event once and rolls them up exactly as the pure rollup does', async () => {
    const orgId = randomUUID();
    const events = makeEvents(orgId, 600);
    expect(await writeUsageBatch(prisma, events)).toEqual({ inserted: 600, duplicates: 0 });
    expect(await prisma.usageEvent.count({ where: { orgId } })).toBe(600);
    const stored = await prisma.usageEvent.findFirst({
      where: { orgId, requestId: events[13]?.requestId },
    });
    expect(stored).toMatchObject({
      occurredAt: events[13]?.occurredAt,
      costMicros: events[13]?.costMicros,
      cacheHit: true,
      metadata: { route: 'default', attempt: 1 },
    });
    const rollups = await storedRollups(prisma, orgId);
    expect(rollups).toEqual(expectedRollups(events));
    expect(rollups.some((r) => r.bucket === 'DAY')).toBe(true);
    expect(new Set(rollups.map((r) => r.bucketStart.getTime())).size).toBeGreaterThan(2);
  });

  it('changes nothing when the same batch comes again', async () => {
    const orgId = randomUUID();
    const events = makeEvents(orgId, 200);
    await writeUsageBatch(prisma, events);
    const before = await storedRollups(prisma, orgId);
    expect(await writeUsageBatch(prisma, events)).toEqual({ inserted: 0, duplicates: 200 });
    expect(await prisma.usageEvent.count({ where: { orgId } })).toBe(200);
    expect(await storedRollups(prisma, orgId)).toEqual(before);
  });

  it('counts only the new rows of a batch overlapping an earlier one', async () => {
    const orgId = randomUUID();
    const events = makeEvents(orgId, 300);
    expect(await writeUsageBatch(prisma, events.slice(0, 200))).toEqual({
      inserted: 200,
      duplicates: 0,
    });
    // 100 already stored, 100 new, and one event repeated inside the batch itself
    const overlapping = [...events.slice(100, 300), events[250] as UsageLedgerEvent];
    expect(await writeUsageBatch(prisma, overlapping)).toEqual({ inserted: 100, duplicates: 101 });
    expect(await prisma.usageEvent.count({ where: { orgId } })).toBe(300);
    expect(await storedRollups(prisma, orgId)).toEqual(expectedRollups(events));
  });

  it('adds into rollup rows written by earlier batches, histogram element-wise', async () => {
    const orgId = randomUUID();
    const fixed = makeEvents(orgId, 40).map((e, i) => ({
      ...e,
      teamId: null,
      applicationId: null,
      modelId: null,
      occurredAt: new Date(Date.UTC(2026, 10, 21, 3, 0, i)),
    }));
    await writeUsageBatch(prisma, fixed.slice(0, 15));
    await writeUsageBatch(prisma, fixed.slice(15));
    const rows = await storedRollups(prisma, orgId);
    expect(rows.map((r) => [r.bucket, r.requests])).toEqual([
      ['HOUR', 40],
      ['DAY', 40],
    ]);
    expect(rows[0]?.dimensionKey).toBe(dimensionKey({ ...fixed[0]!, orgId }));
    expect(rows[0]?.latencyHistogram).toEqual(
      rollupUsageEvents(fixed, 'HOUR')[0]?.latencyHistogram,
    );
    expect(rows[1]?.costMicros).toBe(fixed.reduce((sum, e) => sum + e.costMicros, 0n));
  });

  it('writes nothing for an empty batch', async () => {
    expect(await writeUsageBatch(prisma, [])).toEqual({ inserted: 0, duplicates: 0 });
  });

  it('rolls the events back when the rollup upsert fails, so a retry writes both', async () => {
    const orgId = randomUUID();
    const events = makeEvents(orgId, 10).map((e) => ({
      ...e,
      teamId: null,
      applicationId: null,
      modelId: null,
      occurredAt: new Date(Date.UTC(2026, 10, 21, 5, 1)),
      requestId: `${e.requestId}-r`,
    }));
    const [row] = rollupUsageEvents(events, 'HOUR');
    if (row === undefined) throw new Error('rollup row expected');
    // A stored row one short of int4's limit: adding ten requests overflows after the insert.
    const full = await prisma.usageRollup.create({
      data: { ...row, requests: 2_147_483_640, latencyHistogram: row.latencyHistogram },
    });
    await expect(writeUsageBatch(prisma, events)).rejects.toThrow(/out of range/);
    expect(await prisma.usageEvent.count({ where: { orgId } })).toBe(0);
    await prisma.usageRollup.delete({ where: { id: full.id } });
    expect(await writeUsageBatch(prisma, events)).toEqual({ inserted: 10, duplicates: 0 });
    expect((await storedRollups(prisma, orgId)).map((r) => r.requests)).toEqual([10, 10]);
  });

  it('isolating: sets aside only the events Postgres refuses, and still throws on connection errors', async () => {
    const orgId = randomUUID();
    const events = makeEvents(orgId, 6);
    const bad = [...events];
    bad[2] = { ...events[2]!, occurredAt: new Date('0000-06-01T00:00:00.000Z') }; // year 0
    bad[4] = { ...events[4]!, metadata: { note: 'lone \ud800 surrogate' } };
    const result = await writeUsageBatchIsolating(prisma, bad);
    expect(result.inserted).toBe(4);
    expect(result.refused.map((r) => r.index)).toEqual([2, 4]);
    expect(result.refused[0]?.issues).toMatch(/out of range/);
    expect(await storedRollups(prisma, orgId)).toEqual(
      expectedRollups([0, 1, 3, 5].map((i) => events[i]!)),
    );
    const unreachable = createPrismaClient('postgres://postgres@127.0.0.1:1/none');
    await expect(writeUsageBatchIsolating(unreachable, events)).rejects.toThrow(/reach/);
    await unreachable.$disconnect();
  });
});
