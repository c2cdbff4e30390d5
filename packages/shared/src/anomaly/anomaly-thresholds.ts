/** The metrics watched per application, and the alert kind each raises. */
export const ANOMALY_METRICS = {
  cost: 'COST_ANOMALY',
  tokens: 'TOKEN_ANOMALY',
  errorRate: 'ERROR_RATE_ANOMALY',
} as const;
export type AnomalyMetric = keyof typeof ANOMALY_METRICS;
export type AnomalyAlertKind = (typeof ANOMALY_METRICS)[AnomalyMetric];

export type AnomalyThreshold = {
  /** Robust z-score at or above which a value is anomalous (3.5: Iglewicz & Hoaglin). */
  z: number;
  /** Fewest requests in the evaluated window: below it the numbers are noise. */
  minRequests: number;
  /** Volume metrics: the value must also be at least this multiple of the baseline median. */
  minRatio: number;
  /** Rates: the value must also exceed the median by at least this much (absolute). */
  minDelta: number;
  /** The MAD floor as a share of the median, so a flat baseline cannot give infinite scores. */
  madFloorShare: number;
  /**
   * Rates: the error count must also be this unlikely under the baseline's pooled error rate
   * (Poisson tail). A few extra errors on a small day pass the z-score but are chance.
   */
  maxPValue: number;
};

/**
 * One row per metric. Chosen on the demo history's generator (30 synthetic 60-day histories):
 * per-call cost is heavy-tailed (log-normal tokens, 10× price spread), so a day of a small
 * application can reach 2-3× its median by chance; hence at least 50 requests and 3× the median
 * besides z ≥ 3.5. Error counts are small numbers, hence the Poisson guard.
 */
export const ANOMALY_THRESHOLDS: Readonly<Record<AnomalyMetric, AnomalyThreshold>> = {
  cost: { z: 3.5, minRequests: 50, minRatio: 3, minDelta: 0, madFloorShare: 0.05, maxPValue: 1 },
  tokens: { z: 3.5, minRequests: 50, minRatio: 3, minDelta: 0, madFloorShare: 0.05, maxPValue: 1 },
  errorRate: {
    z: 3.5,
    minRequests: 50,
    minRatio: 1,
    minDelta: 0.05,
    madFloorShare: 0.1,
    maxPValue: 1e-6,
  },
};

/** Days of trailing baseline (the same span of each earlier day), and the fewest usable. */
export const ANOMALY_BASELINE_DAYS = 14;
export const ANOMALY_MIN_BASELINE_DAYS = 7;
