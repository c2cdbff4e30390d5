export type RollupBucket = 'HOUR' | 'DAY';

/** Width of each rollup bucket. UTC hours and days have fixed length in JS time (no leap seconds). */
export const ROLLUP_BUCKET_MS: Readonly<Record<RollupBucket, number>> = {
  HOUR: 3_600_000,
  DAY: 86_400_000,
};

/** Start of the UTC bucket containing `at`. */
export function bucketStart(at: Date, bucket: RollupBucket): Date {
  const width = ROLLUP_BUCKET_MS[bucket];
  return new Date(Math.floor(at.getTime() / width) * width);
}
