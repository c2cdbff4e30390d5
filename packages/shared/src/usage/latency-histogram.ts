/**
 * Upper bounds (inclusive, milliseconds) of the latency histogram stored in every rollup row.
 * A histogram has one count per bound plus a last count for slower requests. Changing this table
 * makes old rows unreadable: append bounds only with a migration of the stored arrays.
 */
export const LATENCY_BUCKET_BOUNDS_MS: readonly number[] = [
  50, 100, 250, 500, 1_000, 2_000, 5_000, 10_000, 30_000, 60_000,
];

/** Number of counts in a latency histogram (bounds + the overflow count). */
export const LATENCY_HISTOGRAM_LENGTH = LATENCY_BUCKET_BOUNDS_MS.length + 1;

/** Index of the histogram count a latency falls into. */
export function latencyBucketIndex(latencyMs: number): number {
  const index = LATENCY_BUCKET_BOUNDS_MS.findIndex((bound) => latencyMs <= bound);
  return index === -1 ? LATENCY_BUCKET_BOUNDS_MS.length : index;
}

/** An all-zero histogram. */
export function emptyLatencyHistogram(): number[] {
  return new Array<number>(LATENCY_HISTOGRAM_LENGTH).fill(0);
}

/** Element-wise sum of two histograms (missing counts read as 0, e.g. rows written before a bound was added). */
export function addLatencyHistograms(a: readonly number[], b: readonly number[]): number[] {
  const length = Math.max(a.length, b.length, LATENCY_HISTOGRAM_LENGTH);
  return Array.from({ length }, (_, i) => (a[i] ?? 0) + (b[i] ?? 0));
}

/**
 * Estimated latency at quantile q (0..1) from a histogram, interpolating linearly inside the
 * bucket (as Prometheus' histogram_quantile does). Returns null for an empty histogram; a quantile
 * in the overflow count returns the highest bound.
 */
export function latencyQuantile(histogram: readonly number[], q: number): number | null {
  const total = histogram.reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  const rank = Math.min(Math.max(q, 0), 1) * total;
  let seen = 0;
  for (let i = 0; i < histogram.length; i++) {
    const count = histogram[i] ?? 0;
    if (count > 0 && seen + count >= rank) {
      const upper = LATENCY_BUCKET_BOUNDS_MS[i];
      if (upper === undefined) break;
      const lower = i === 0 ? 0 : (LATENCY_BUCKET_BOUNDS_MS[i - 1] ?? 0);
      return lower + ((upper - lower) * (rank - seen)) / count;
    }
    seen += count;
  }
  return LATENCY_BUCKET_BOUNDS_MS[LATENCY_BUCKET_BOUNDS_MS.length - 1] ?? null;
}
