import { describe, expect, it } from 'vitest';
import { bucketStart } from './bucket-start.js';
import { dimensionKey, type UsageDimensions } from './dimension-key.js';
import {
  addLatencyHistograms,
  LATENCY_BUCKET_BOUNDS_MS,
  LATENCY_HISTOGRAM_LENGTH,
  latencyBucketIndex,
  latencyQuantile,
} from './latency-histogram.js';
import {
  mergeUsageRollups,
  rollupUsageEvents,
  type RollupSourceEvent,
} from './rollup-usage-events.js';

const dims: UsageDimensions = {
  orgId: 'org',
  teamId: 'team',
  applicationId: 'app',
  apiKeyId: 'key',
  productId: 'prod',
  providerId: 'prov',
  modelId: 'model',
  promptVersionId: null,
};

function event(overrides: Partial<RollupSourceEvent>): RollupSourceEvent {
  return {
    ...dims,
    occurredAt: new Date('2026-03-10T14:25:00Z'),
    outcome: 'SUCCESS',
    cacheHit: false,
    inputTokens: 100,
    outputTokens: 50,
    cachedTokens: 0,
    costMicros: 1000n,
    savedMicros: 0n,
    latencyMs: 300,
    ttftMs: null,
    ...overrides,
  };
}

describe('dimensionKey', () => {
  it('joins the ids in fixed order with empty strings for nulls', () => {
    expect(dimensionKey(dims)).toBe('org|team|app|key|prod|prov|model|');
    expect(dimensionKey({ ...dims, teamId: null, modelId: null })).toBe('org||app|key|prod|prov||');
  });
});

describe('bucketStart', () => {
  it('truncates to the UTC hour and day', () => {
    const at = new Date('2026-03-10T14:25:59.999Z');
    expect(bucketStart(at, 'HOUR').toISOString()).toBe('2026-03-10T14:00:00.000Z');
    expect(bucketStart(at, 'DAY').toISOString()).toBe('2026-03-10T00:00:00.000Z');
    expect(bucketStart(new Date('2026-03-10T00:00:00Z'), 'DAY').toISOString()).toBe(
      '2026-03-10T00:00:00.000Z',
    );
  });
});

describe('latency histogram', () => {
  it('puts a latency in the first bucket whose bound is at or above it', () => {
    expect(latencyBucketIndex(0)).toBe(0);
    expect(latencyBucketIndex(50)).toBe(0);
    expect(latencyBucketIndex(51)).toBe(1);
    expect(latencyBucketIndex(60_000)).toBe(LATENCY_BUCKET_BOUNDS_MS.length - 1);
    expect(latencyBucketIndex(60_001)).toBe(LATENCY_BUCKET_BOUNDS_MS.length);
  });

  it('adds histograms of unequal length', () => {
    expect(addLatencyHistograms([1, 2], [0, 1, 5])).toEqual([1, 3, 5, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('estimates quantiles by interpolating inside the bucket', () => {
    const h = new Array<number>(LATENCY_HISTOGRAM_LENGTH).fill(0);
    h[2] = 10; // 10 requests in (100, 250]
    expect(latencyQuantile(h, 0.5)).toBe(175);
    expect(latencyQuantile(h, 1)).toBe(250);
    expect(latencyQuantile(new Array<number>(LATENCY_HISTOGRAM_LENGTH).fill(0), 0.5)).toBeNull();
    const slow = new Array<number>(LATENCY_HISTOGRAM_LENGTH).fill(0);
    slow[LATENCY_HISTOGRAM_LENGTH - 1] = 3;
    expect(latencyQuantile(slow, 0.95)).toBe(60_000);
  });
});

describe('rollupUsageEvents', () => {
  it('sums events of the same bucket and dimensions into one row', () => {
    const rows = rollupUsageEvents(
      [
        event({}),
        event({
          occurredAt: new Date('2026-03-10T14:59:00Z'),
          outcome: 'UPSTREAM_ERROR',
          latencyMs: 40,
          ttftMs: 20,
          costMicros: 0n,
        }),
        event({
          occurredAt: new Date('2026-03-10T14:01:00Z'),
          cacheHit: true,
          cachedTokens: 80,
          savedMicros: 700n,
          ttftMs: 30,
        }),
      ],
      'HOUR',
    );
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row).toMatchObject({
      bucket: 'HOUR',
      bucketStart: new Date('2026-03-10T14:00:00Z'),
      dimensionKey: 'org|team|app|key|prod|prov|model|',
      orgId: 'org',
      promptVersionId: null,
      requests: 3,
      errors: 1,
      cacheHits: 1,
      inputTokens: 300n,
      outputTokens: 150n,
      cachedTokens: 80n,
      costMicros: 2000n,
      savedMicros: 700n,
      latencyMsSum: 640n,
      ttftMsSum: 50n,
      ttftCount: 2,
    });
    expect(row?.latencyHistogram).toEqual([1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('splits by bucket start and by dimensions, ordered', () => {
    const events = [
      event({ occurredAt: new Date('2026-03-10T15:10:00Z') }),
      event({ applicationId: 'app2' }),
      event({}),
      event({ occurredAt: new Date('2026-03-11T01:00:00Z') }),
    ];
    const hourly = rollupUsageEvents(events, 'HOUR');
    expect(hourly.map((r) => [r.bucketStart.toISOString(), r.applicationId, r.requests])).toEqual([
      // "|" sorts after "2": the order is by the raw dimension key
      ['2026-03-10T14:00:00.000Z', 'app2', 1],
      ['2026-03-10T14:00:00.000Z', 'app', 1],
      ['2026-03-10T15:00:00.000Z', 'app', 1],
      ['2026-03-11T01:00:00.000Z', 'app', 1],
    ]);
    const daily = rollupUsageEvents(events, 'DAY');
    expect(daily.map((r) => [r.bucketStart.toISOString(), r.applicationId, r.requests])).toEqual([
      ['2026-03-10T00:00:00.000Z', 'app2', 1],
      ['2026-03-10T00:00:00.000Z', 'app', 2],
      ['2026-03-11T00:00:00.000Z', 'app', 1],
    ]);
  });

  it('keeps totals equal between events, hourly and daily rows', () => {
    const events = Array.from({ length: 200 }, (_, i) =>
      event({
        occurredAt: new Date(Date.UTC(2026, 2, 1) + i * 1_234_567),
        applicationId: i % 3 === 0 ? 'a' : 'b',
        costMicros: BigInt(i * 37),
        latencyMs: i * 97,
      }),
    );
    const sum = (rows: { costMicros: bigint }[]) => rows.reduce((s, r) => s + r.costMicros, 0n);
    const hourly = rollupUsageEvents(events, 'HOUR');
    const daily = rollupUsageEvents(events, 'DAY');
    expect(sum(hourly)).toBe(sum(events));
    expect(sum(daily)).toBe(sum(events));
    expect(daily.reduce((s, r) => s + r.latencyHistogram.reduce((a, b) => a + b, 0), 0)).toBe(200);
  });

  it('refuses to merge rows of different keys', () => {
    const [a] = rollupUsageEvents([event({})], 'HOUR');
    const [b] = rollupUsageEvents([event({ modelId: 'other' })], 'HOUR');
    if (a === undefined || b === undefined) throw new Error('rows expected');
    expect(() => mergeUsageRollups(a, b)).toThrow(/different keys/);
  });
});
