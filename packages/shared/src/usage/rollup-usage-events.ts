import { bucketStart, type RollupBucket } from './bucket-start.js';
import { dimensionKey, pickDimensions, type UsageDimensions } from './dimension-key.js';
import {
  addLatencyHistograms,
  emptyLatencyHistogram,
  latencyBucketIndex,
} from './latency-histogram.js';

export type UsageOutcome =
  'SUCCESS' | 'UPSTREAM_ERROR' | 'CLIENT_ERROR' | 'BLOCKED' | 'RATE_LIMITED' | 'ABORTED';

/** Which outcomes count in a rollup's `errors`: every request that did not get its answer. */
export const OUTCOME_IS_ERROR: Readonly<Record<UsageOutcome, boolean>> = {
  SUCCESS: false,
  UPSTREAM_ERROR: true,
  CLIENT_ERROR: true,
  BLOCKED: true,
  RATE_LIMITED: true,
  ABORTED: true,
};

/** The fields of a ledger event (UsageEvent) that rollups read. */
export type RollupSourceEvent = UsageDimensions & {
  occurredAt: Date;
  outcome: UsageOutcome;
  cacheHit: boolean;
  inputTokens: number;
  outputTokens: number;
  cachedTokens: number;
  costMicros: bigint;
  savedMicros: bigint;
  latencyMs: number;
  ttftMs: number | null;
};

/** One UsageRollup row: the sums of every event of one bucket and one dimension combination. */
export type UsageRollupRow = UsageDimensions & {
  bucket: RollupBucket;
  bucketStart: Date;
  dimensionKey: string;
  requests: number;
  errors: number;
  cacheHits: number;
  inputTokens: bigint;
  outputTokens: bigint;
  cachedTokens: bigint;
  costMicros: bigint;
  savedMicros: bigint;
  latencyMsSum: bigint;
  ttftMsSum: bigint;
  ttftCount: number;
  latencyHistogram: number[];
};

/** The rollup row of a single event. */
export function rollupOfEvent(event: RollupSourceEvent, bucket: RollupBucket): UsageRollupRow {
  const dims = pickDimensions(event);
  const histogram = emptyLatencyHistogram();
  histogram[latencyBucketIndex(event.latencyMs)] = 1;
  return {
    ...dims,
    bucket,
    bucketStart: bucketStart(event.occurredAt, bucket),
    dimensionKey: dimensionKey(dims),
    requests: 1,
    errors: OUTCOME_IS_ERROR[event.outcome] ? 1 : 0,
    cacheHits: event.cacheHit ? 1 : 0,
    inputTokens: BigInt(event.inputTokens),
    outputTokens: BigInt(event.outputTokens),
    cachedTokens: BigInt(event.cachedTokens),
    costMicros: event.costMicros,
    savedMicros: event.savedMicros,
    latencyMsSum: BigInt(event.latencyMs),
    ttftMsSum: BigInt(event.ttftMs ?? 0),
    ttftCount: event.ttftMs === null ? 0 : 1,
    latencyHistogram: histogram,
  };
}

/**
 * Sum of two rows of the same bucket and dimensions (the ledger worker folds a new batch into
 * stored rows with this). Throws when the rows do not share bucket, start and dimension key.
 */
export function mergeUsageRollups(a: UsageRollupRow, b: UsageRollupRow): UsageRollupRow {
  if (
    a.bucket !== b.bucket ||
    a.bucketStart.getTime() !== b.bucketStart.getTime() ||
    a.dimensionKey !== b.dimensionKey
  ) {
    throw new Error(`cannot merge rollups of different keys: ${rollupKey(a)} vs ${rollupKey(b)}`);
  }
  return {
    ...a,
    requests: a.requests + b.requests,
    errors: a.errors + b.errors,
    cacheHits: a.cacheHits + b.cacheHits,
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    cachedTokens: a.cachedTokens + b.cachedTokens,
    costMicros: a.costMicros + b.costMicros,
    savedMicros: a.savedMicros + b.savedMicros,
    latencyMsSum: a.latencyMsSum + b.latencyMsSum,
    ttftMsSum: a.ttftMsSum + b.ttftMsSum,
    ttftCount: a.ttftCount + b.ttftCount,
    latencyHistogram: addLatencyHistograms(a.latencyHistogram, b.latencyHistogram),
  };
}

/** The unique key of a rollup row, (bucket, bucketStart, dimensionKey), as one string. */
export function rollupKey(
  row: Pick<UsageRollupRow, 'bucket' | 'bucketStart' | 'dimensionKey'>,
): string {
  return `${row.bucket}@${row.bucketStart.toISOString()}#${row.dimensionKey}`;
}

/**
 * Rolls ledger events up into one row per (bucket, bucketStart, dimensionKey), ordered by bucket
 * start then dimension key so the output is deterministic.
 */
export function rollupUsageEvents(
  events: Iterable<RollupSourceEvent>,
  bucket: RollupBucket,
): UsageRollupRow[] {
  const rows = new Map<string, UsageRollupRow>();
  for (const event of events) {
    const row = rollupOfEvent(event, bucket);
    const key = rollupKey(row);
    const existing = rows.get(key);
    rows.set(key, existing === undefined ? row : mergeUsageRollups(existing, row));
  }
  return [...rows.values()].sort(
    (a, b) =>
      a.bucketStart.getTime() - b.bucketStart.getTime() ||
      (a.dimensionKey < b.dimensionKey ? -1 : a.dimensionKey > b.dimensionKey ? 1 : 0),
  );
}
