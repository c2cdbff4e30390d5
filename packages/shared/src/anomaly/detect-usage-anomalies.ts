import {
  ANOMALY_BASELINE_DAYS,
  ANOMALY_METRICS,
  ANOMALY_MIN_BASELINE_DAYS,
  ANOMALY_THRESHOLDS,
  type AnomalyAlertKind,
  type AnomalyMetric,
  type AnomalyThreshold,
} from './anomaly-thresholds.js';
import { poissonUpperTail } from './poisson-tail.js';
import { robustZScore } from './robust-z-score.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** One application's usage in one UTC hour (HOUR rollups summed over the other dimensions). */
export type HourlyAppUsage = {
  applicationId: string;
  bucketStart: Date;
  requests: number;
  errors: number;
  costMicros: number;
  tokens: number;
};

export type AnomalyEvidence = {
  metric: AnomalyMetric;
  unit: 'micros' | 'tokens' | 'ratio';
  value: number;
  median: number;
  mad: number;
  z: number;
  /** value / median (null when the median is 0). */
  ratio: number | null;
  requests: number;
  /** Error rate only: P(this many errors or more) under the baseline's pooled error rate. */
  pValue?: number;
  /** The evaluated span [start, end) and the same span on each baseline day (oldest first). */
  window: { start: string; end: string; baselineDays: number; baseline: number[] };
};

export type AnomalyFinding = {
  applicationId: string;
  kind: AnomalyAlertKind;
  /** UTC day of the evaluated span: one finding per application, metric and day. */
  day: string;
  evidence: AnomalyEvidence;
};

export type DetectAnomaliesOptions = {
  baselineDays?: number;
  thresholds?: Readonly<Record<AnomalyMetric, AnomalyThreshold>>;
};

type Totals = { requests: number; errors: number; costMicros: number; tokens: number };

const UNITS: Record<AnomalyMetric, AnomalyEvidence['unit']> = {
  cost: 'micros',
  tokens: 'tokens',
  errorRate: 'ratio',
};

const METRIC_OF: Record<AnomalyMetric, (t: Totals) => number> = {
  cost: (t) => t.costMicros,
  tokens: (t) => t.tokens,
  errorRate: (t) => (t.requests === 0 ? 0 : t.errors / t.requests),
};

function indexByApp(points: readonly HourlyAppUsage[]): Map<string, Map<number, Totals>> {
  const apps = new Map<string, Map<number, Totals>>();
  for (const p of points) {
    const hours = apps.get(p.applicationId) ?? new Map<number, Totals>();
    apps.set(p.applicationId, hours);
    const at = Math.floor(p.bucketStart.getTime() / HOUR_MS) * HOUR_MS;
    const t = hours.get(at) ?? { requests: 0, errors: 0, costMicros: 0, tokens: 0 };
    hours.set(at, {
      requests: t.requests + p.requests,
      errors: t.errors + p.errors,
      costMicros: t.costMicros + p.costMicros,
      tokens: t.tokens + p.tokens,
    });
  }
  return apps;
}

function sumSpan(hours: ReadonlyMap<number, Totals>, start: number, end: number): Totals {
  const sum = { requests: 0, errors: 0, costMicros: 0, tokens: 0 };
  for (let at = start; at < end; at += HOUR_MS) {
    const t = hours.get(at);
    if (t === undefined) continue;
    sum.requests += t.requests;
    sum.errors += t.errors;
    sum.costMicros += t.costMicros;
    sum.tokens += t.tokens;
  }
  return sum;
}

function isAnomalous(value: number, score: { median: number; z: number }, t: AnomalyThreshold) {
  return score.z >= t.z && value >= score.median * t.minRatio && value - score.median >= t.minDelta;
}

// The error count's surprise under the baseline's pooled error rate (1 for volume metrics).
function errorPValue(metric: AnomalyMetric, current: Totals, baseline: readonly Totals[]) {
  if (metric !== 'errorRate') return 1;
  const requests = baseline.reduce((sum, b) => sum + b.requests, 0);
  const errors = baseline.reduce((sum, b) => sum + b.errors, 0);
  // A baseline without a single error still expects some: half an error over its volume.
  const rate = Math.max(errors, 0.5) / Math.max(requests, 1);
  return poissonUpperTail(current.errors, rate * current.requests);
}

type Span = { start: number; end: number; day: string };

function evaluateApp(
  applicationId: string,
  hours: ReadonlyMap<number, Totals>,
  span: Span,
  options: Required<DetectAnomaliesOptions>,
): AnomalyFinding[] {
  const firstDay = Math.floor(Math.min(...hours.keys()) / DAY_MS) * DAY_MS;
  const baseline: Totals[] = [];
  for (let k = options.baselineDays; k >= 1; k--) {
    const start = span.start - k * DAY_MS;
    if (start >= firstDay) baseline.push(sumSpan(hours, start, span.end - k * DAY_MS));
  }
  if (baseline.length < ANOMALY_MIN_BASELINE_DAYS) return [];
  const current = sumSpan(hours, span.start, span.end);
  const findings: AnomalyFinding[] = [];
  for (const metric of Object.keys(ANOMALY_METRICS) as AnomalyMetric[]) {
    const t = options.thresholds[metric];
    if (current.requests < t.minRequests) continue;
    const samples = baseline.filter((b) => metric !== 'errorRate' || b.requests > 0);
    if (samples.length < ANOMALY_MIN_BASELINE_DAYS) continue;
    const values = samples.map(METRIC_OF[metric]);
    const value = METRIC_OF[metric](current);
    const center = robustZScore(value, values);
    const score = robustZScore(value, values, center.median * t.madFloorShare);
    if (!isAnomalous(value, score, t)) continue;
    const pValue = errorPValue(metric, current, samples);
    if (pValue > t.maxPValue) continue;
    findings.push({
      applicationId,
      kind: ANOMALY_METRICS[metric],
      day: span.day,
      evidence: {
        metric,
        unit: UNITS[metric],
        value,
        median: score.median,
        mad: score.mad,
        z: Math.round(score.z * 100) / 100,
        ratio: score.median === 0 ? null : Math.round((value / score.median) * 100) / 100,
        requests: current.requests,
        ...(metric === 'errorRate' ? { pValue: Number(pValue.toPrecision(3)) } : {}),
        window: {
          start: new Date(span.start).toISOString(),
          end: new Date(span.end).toISOString(),
          baselineDays: samples.length,
          baseline: values,
        },
      },
    });
  }
  return findings;
}

/**
 * Robust anomaly detection on per-application hourly usage. Each `windowEnd` (an hour boundary)
 * evaluates the UTC day up to it — a whole day at midnight, the day so far otherwise — against
 * the same span of each of the `baselineDays` earlier days (median and MAD, so one odd day in
 * the baseline does not move it). Hourly buckets alone are too sparse for most applications
 * (a handful of calls an hour), hence the day-to-date span. A finding needs the z threshold, a
 * minimum volume and a minimum ratio/delta over the median (see ANOMALY_THRESHOLDS).
 */
export function detectUsageAnomalies(
  points: readonly HourlyAppUsage[],
  windowEnds: readonly Date[],
  options: DetectAnomaliesOptions = {},
): AnomalyFinding[] {
  const resolved = {
    baselineDays: options.baselineDays ?? ANOMALY_BASELINE_DAYS,
    thresholds: options.thresholds ?? ANOMALY_THRESHOLDS,
  };
  const apps = indexByApp(points);
  const findings: AnomalyFinding[] = [];
  for (const windowEnd of windowEnds) {
    const end = Math.floor(windowEnd.getTime() / HOUR_MS) * HOUR_MS;
    const start = Math.floor((end - 1) / DAY_MS) * DAY_MS;
    const span = { start, end, day: new Date(start).toISOString().slice(0, 10) };
    for (const [applicationId, hours] of apps)
      findings.push(...evaluateApp(applicationId, hours, span, resolved));
  }
  return findings;
}

/** Window ends for a scan over history: every UTC midnight closing a whole day in [from, to]. */
export function dailyWindowEnds(from: Date, to: Date): Date[] {
  const ends: Date[] = [];
  const first = Math.ceil((from.getTime() + 1) / DAY_MS) * DAY_MS;
  for (let at = first; at <= to.getTime(); at += DAY_MS) ends.push(new Date(at));
  return ends;
}
