import { describe, expect, it } from 'vitest';
import { buildChargeback, type ChargebackSourceRow } from './build-chargeback.js';
import { chargebackCsv } from './chargeback-csv.js';

const row = (over: Partial<ChargebackSourceRow>): ChargebackSourceRow => ({
  costCenter: 'CC-1',
  teamId: 't1',
  teamName: 'Platform',
  applicationId: 'a1',
  applicationName: 'Demo, App',
  modelId: 'm1',
  modelName: 'gpt-4o',
  requests: 1n,
  inputTokens: 10n,
  outputTokens: 5n,
  costMicros: 100n,
  ...over,
});

describe('buildChargeback', () => {
  const rows = [
    row({}),
    row({ costMicros: 9_007_199_254_740_993n }), // beyond float precision
    row({ modelId: 'm2', modelName: 'claude', costMicros: 7n }),
    row({
      costCenter: 'CC-2',
      teamId: 't2',
      teamName: 'Legal',
      applicationId: 'a2',
      applicationName: 'Review',
      costMicros: 50n,
    }),
    row({
      costCenter: null,
      teamId: null,
      teamName: null,
      applicationId: null,
      applicationName: null,
      costMicros: 3n,
    }),
  ];
  const cb = buildChargeback(rows);

  it('sums exactly at every level, parents equal to their children', () => {
    const total = rows.reduce((s, r) => s + r.costMicros, 0n);
    expect(cb.costMicros).toBe(total);
    expect(cb.costMicros).toBe(9_007_199_254_741_153n);
    expect(cb.requests).toBe(5n);
    expect(cb.costCenters.reduce((s, c) => s + c.costMicros, 0n)).toBe(total);
    for (const cc of cb.costCenters) {
      expect(cc.children.reduce((s, t) => s + t.costMicros, 0n)).toBe(cc.costMicros);
      for (const team of cc.children) {
        expect(team.children.reduce((s, a) => s + a.costMicros, 0n)).toBe(team.costMicros);
      }
    }
  });

  it('orders by cost, keeps unassigned usage, and drills down to models', () => {
    expect(cb.costCenters.map((c) => [c.name, c.costMicros])).toEqual([
      ['CC-1', 9_007_199_254_741_100n],
      ['CC-2', 50n],
      ['(unassigned)', 3n],
    ]);
    const models = cb.costCenters[0]?.children[0]?.children[0]?.children;
    expect(models?.map((m) => [m.name, m.requests, m.costMicros])).toEqual([
      ['gpt-4o', 2n, 9_007_199_254_741_093n],
      ['claude', 1n, 7n],
    ]);
  });

  it('writes a CSV line per model with exact costs', () => {
    const csv = chargebackCsv('2026-11', cb).split('\r\n');
    expect(csv[0]).toBe(
      'month,cost_center,team,application,model,requests,input_tokens,output_tokens,cost_usd,cost_micros',
    );
    expect(csv[1]).toBe(
      '2026-11,CC-1,Platform,"Demo, App",gpt-4o,2,20,10,9007199254.741093,9007199254741093',
    );
    expect(csv).toHaveLength(6); // header + 4 lines + final empty string after the last CRLF
  });
});
