import { computeBudgetStatus, detectUsageAnomalies, type HourlyAppUsage } from '@gatehouse/shared';
import { describe, expect, it } from 'vitest';
import { buildAnomalyAlert } from './build-anomaly-alert.js';
import { buildBudgetAlerts } from './build-budget-alerts.js';
import type { BudgetRow } from './budget-spend.repository.js';

const budget: BudgetRow = {
  id: 'b1',
  orgId: 'o1',
  name: 'Team weekly',
  scope: 'TEAM',
  teamId: 't1',
  applicationId: null,
  apiKeyId: null,
  amountMicros: 10_000_000n,
  period: 'WEEK',
  alignment: 'CALENDAR',
  alertThresholds: [50, 80, 100],
};
const now = new Date('2026-11-25T12:00:00Z');

describe('buildBudgetAlerts', () => {
  it('one alert per crossed threshold, keyed by the calendar period', () => {
    const status = computeBudgetStatus(budget, 8_500_000n, now);
    const alerts = buildBudgetAlerts(budget, status, now);
    expect(alerts.map((a) => [a.dedupeKey, a.severity])).toEqual([
      ['budget:b1:2026-11-23:50', 'INFO'],
      ['budget:b1:2026-11-23:80', 'WARNING'],
    ]);
    expect(alerts[1]?.message).toBe(
      'Spent $8.50 of $10.00 (85%) since 2026-11-23; projected $23.80 by 2026-11-30.',
    );
  });

  it('keys a rolling budget by day, so it re-alerts at most daily', () => {
    const rolling = { ...budget, alignment: 'ROLLING' as const };
    const status = computeBudgetStatus(rolling, 12_000_000n, now);
    expect(buildBudgetAlerts(rolling, status, now).map((a) => a.dedupeKey)).toEqual([
      'budget:b1:rolling-2026-11-25:50',
      'budget:b1:rolling-2026-11-25:80',
      'budget:b1:rolling-2026-11-25:100',
    ]);
  });
});

describe('buildAnomalyAlert', () => {
  it('describes the finding with its numbers, one key per app, metric and day', () => {
    const points: HourlyAppUsage[] = Array.from({ length: 20 }, (_, d) => ({
      applicationId: 'a1',
      bucketStart: new Date(Date.UTC(2026, 10, 1 + d, 10)),
      requests: 60,
      errors: 0,
      costMicros: d === 19 ? 3_000_000 : 250_000 + d * 1_000,
      tokens: 10_000,
    }));
    const [finding] = detectUsageAnomalies(points, [new Date(Date.UTC(2026, 10, 21))]);
    if (finding === undefined) throw new Error('no finding');
    const alert = buildAnomalyAlert(finding, {
      id: 'a1',
      orgId: 'o1',
      name: 'Studio',
      teamId: 't1',
    });
    expect(alert).toMatchObject({
      kind: 'COST_ANOMALY',
      severity: 'CRITICAL',
      title: 'Cost anomaly: Studio on 2026-11-20',
      dedupeKey: 'anomaly:COST_ANOMALY:a1:2026-11-20',
      teamId: 't1',
    });
    expect(alert.message).toMatch(
      /^Studio: \$3\.00 on 2026-11-20 \(11\.\d+× the usual\), against a median of \$0\.26 over the 14 previous days \(robust z = [\d.]+\)\.$/,
    );
  });
});
