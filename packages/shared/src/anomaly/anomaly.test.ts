import { describe, expect, it } from 'vitest';
import {
  dailyWindowEnds,
  detectUsageAnomalies,
  type HourlyAppUsage,
} from './detect-usage-anomalies.js';
import { poissonUpperTail } from './poisson-tail.js';
import { median, robustZScore } from './robust-z-score.js';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);

// 30 days of one app, 10 busy hours a day, a deterministic ±20% wobble, 1 error a day; `spike`
// multiplies a day's cost or tokens, or sets its error count.
function history(spike: { day: number; cost?: number; tokens?: number; errors?: number }) {
  const points: HourlyAppUsage[] = [];
  for (let d = 0; d < 30; d++)
    for (let h = 8; h < 18; h++) {
      const wobble = 1 + 0.2 * Math.sin(d * 7 + h);
      const on = d === spike.day;
      points.push({
        applicationId: 'app-1',
        bucketStart: new Date(START + d * DAY + h * 3_600_000),
        requests: 10,
        errors:
          on && spike.errors !== undefined
            ? Math.floor(spike.errors / 10) + (h - 8 < spike.errors % 10 ? 1 : 0)
            : h === 9
              ? 1
              : 0,
        costMicros: Math.round(5_000 * wobble * (on ? (spike.cost ?? 1) : 1)),
        tokens: Math.round(2_000 * wobble * (on ? (spike.tokens ?? 1) : 1)),
      });
    }
  return points;
}

const allDays = dailyWindowEnds(new Date(START), new Date(START + 30 * DAY));

describe('poissonUpperTail', () => {
  it('is the upper tail of the Poisson distribution', () => {
    expect(poissonUpperTail(0, 3)).toBe(1);
    expect(poissonUpperTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
    expect(poissonUpperTail(3, 1)).toBeCloseTo(1 - Math.exp(-1) * (1 + 1 + 0.5), 12);
    expect(poissonUpperTail(5000, 4000)).toBeLessThan(1e-40);
    expect(poissonUpperTail(4000, 4000)).toBeCloseTo(0.5, 1);
  });
});

describe('robustZScore', () => {
  it('scores against median and MAD', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    const score = robustZScore(20, [9, 10, 10, 11, 10]);
    expect(score).toEqual({ median: 10, mad: 0, z: Infinity });
    expect(robustZScore(20, [9, 10, 10, 11, 10], 1).z).toBeCloseTo(6.745, 3);
    expect(robustZScore(8, [6, 8, 10, 12, 14]).z).toBeCloseTo((0.6745 * -2) / 2, 6);
  });
});

describe('detectUsageAnomalies', () => {
  it('finds a day at 10× the cost, and nothing on ordinary days', () => {
    const findings = detectUsageAnomalies(history({ day: 20, cost: 10 }), allDays);
    expect(findings.map((f) => [f.kind, f.day])).toEqual([['COST_ANOMALY', '2026-01-21']]);
    const evidence = findings[0]?.evidence;
    expect(evidence?.ratio).toBeGreaterThan(8);
    expect(evidence?.z).toBeGreaterThan(3.5);
    expect(evidence?.window).toMatchObject({
      start: '2026-01-21T00:00:00.000Z',
      end: '2026-01-22T00:00:00.000Z',
      baselineDays: 14,
    });
    expect(evidence?.window.baseline).toHaveLength(14);
  });

  it('raises tokens and error rate separately', () => {
    const tokens = detectUsageAnomalies(history({ day: 15, tokens: 5 }), allDays);
    expect(tokens.map((f) => f.kind)).toEqual(['TOKEN_ANOMALY']);
    const errors = detectUsageAnomalies(history({ day: 15, errors: 30 }), allDays);
    expect(errors.map((f) => [f.kind, f.evidence.value])).toEqual([['ERROR_RATE_ANOMALY', 0.3]]);
    expect(errors[0]?.evidence.pValue).toBeLessThan(1e-6);
    // 7 errors in 100 against 1 in 100 clears the z-score and the 5-point delta, but chance still
    // explains it (P ≈ 8e-5 > 1e-6): the Poisson guard holds it back.
    expect(poissonUpperTail(7, 1)).toBeGreaterThan(1e-6);
    expect(detectUsageAnomalies(history({ day: 15, errors: 7 }), allDays)).toEqual([]);
  });

  it('needs a baseline week and enough volume', () => {
    expect(detectUsageAnomalies(history({ day: 5, cost: 10 }), allDays)).toEqual([]);
    const quiet = history({ day: 20, cost: 10 }).map((p) => ({ ...p, requests: 1 }));
    expect(detectUsageAnomalies(quiet, allDays)).toEqual([]);
  });

  it('evaluates the day so far at an hourly window end', () => {
    const points = history({ day: 20, cost: 10 });
    const afternoon = new Date(START + 20 * DAY + 13 * 3_600_000);
    const found = detectUsageAnomalies(points, [afternoon]);
    expect(found.map((f) => [f.kind, f.day, f.evidence.window.end])).toEqual([
      ['COST_ANOMALY', '2026-01-21', '2026-01-21T13:00:00.000Z'],
    ]);
    expect(found[0]?.evidence.requests).toBe(50);
    // At noon only 40 requests are in: under the volume guard.
    const noon = new Date(afternoon.getTime() - 3_600_000);
    expect(detectUsageAnomalies(points, [noon])).toEqual([]);
  });
});
