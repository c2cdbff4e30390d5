import { describe, expect, it } from 'vitest';
import { toVersionMetrics } from './to-version-metrics.js';

describe('toVersionMetrics', () => {
  const labels = {
    production: [
      { version: 1, weight: 90 },
      { version: 2, weight: 10 },
    ],
    staging: [{ version: 2, weight: 100 }],
    paused: [{ version: 1, weight: 0 }],
  };

  it('derives rates, per-request cost and latency quantiles from the sums', () => {
    const histogram = [0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0];
    const out = toVersionMetrics({ id: 'v2', version: 2 }, labels, [
      {
        promptVersionId: 'v2',
        requests: 4n,
        errors: 1n,
        costMicros: 10n,
        inputTokens: 40n,
        outputTokens: 8n,
        latencyMsSum: 601n,
        cacheHits: 0n,
        cachedTokens: 0n,
        savedMicros: 0n,
        histogram,
      },
    ]);
    expect(out).toEqual({
      version: 2,
      versionId: 'v2',
      labels: ['production', 'staging'],
      requests: 4,
      errors: 1,
      errorRate: 0.25,
      cost: { micros: '10', usd: '0.00001' },
      costPerRequest: { micros: '3', usd: '0.000003' },
      inputTokens: '40',
      outputTokens: '8',
      latencyMs: { avg: 150, p50: 175, p95: 242.5 },
    });
  });

  it('reports zeros and nulls for a version without traffic; weight 0 is not a label', () => {
    const out = toVersionMetrics({ id: 'v1', version: 1 }, labels, []);
    expect(out).toMatchObject({
      labels: ['production'],
      requests: 0,
      errorRate: null,
      costPerRequest: null,
      latencyMs: { avg: null, p50: null, p95: null },
    });
  });
});
