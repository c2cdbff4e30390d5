import { bucketStart, ROLLUP_BUCKET_MS, type RollupBucket } from '../usage/bucket-start.js';

export type RollupRange = { bucket: RollupBucket; start: Date; end: Date };

/**
 * The rollup rows that answer a [from, to) question: `bucket` when given, else DAY when both ends
 * fall on UTC midnights and HOUR otherwise. Rollups cannot split a bucket, so the range widens to
 * whole buckets (start floored, end ceiled); callers report the range they actually used.
 */
export function rollupRange(from: Date, to: Date, bucket?: RollupBucket): RollupRange {
  const chosen =
    bucket ??
    (from.getTime() % ROLLUP_BUCKET_MS.DAY === 0 && to.getTime() % ROLLUP_BUCKET_MS.DAY === 0
      ? 'DAY'
      : 'HOUR');
  const width = ROLLUP_BUCKET_MS[chosen];
  const start = bucketStart(from, chosen);
  const end = new Date(Math.ceil(to.getTime() / width) * width);
  return { bucket: chosen, start, end };
}
