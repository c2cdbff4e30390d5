/** Scales the MAD to a normal distribution's standard deviation (Iglewicz & Hoaglin). */
const MAD_SCALE = 0.6745;

/** Median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export type RobustScore = { median: number; mad: number; z: number };

/**
 * Robust z-score of `value` against `baseline`: 0.6745 × (value − median) / MAD. The MAD gets a
 * floor (`madFloor`, e.g. a share of the median) so a perfectly flat baseline does not turn any
 * small wobble into an infinite score.
 */
export function robustZScore(
  value: number,
  baseline: readonly number[],
  madFloor = 0,
): RobustScore {
  const center = median(baseline);
  const mad = median(baseline.map((x) => Math.abs(x - center)));
  const scale = Math.max(mad, madFloor);
  const z =
    scale === 0 ? (value === center ? 0 : Infinity) : (MAD_SCALE * (value - center)) / scale;
  return { median: center, mad, z };
}
