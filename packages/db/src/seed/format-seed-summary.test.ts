import { describe, expect, it } from 'vitest';
import { formatSeedSummary, toSeedJson } from './format-seed-summary.js';
import type { SeedResult } from './seed-demo.js';

const result: SeedResult = {
  orgId: 'org-1',
  orgSlug: 'acme',
  adminEmail: 'admin@acme.test',
  keys: [
    { application: 'Demo App', prefix: 'gh_AbCd', key: 'gh_AbCdEf', source: 'provided' },
    { application: 'Trial App', prefix: 'gh_WxYz', key: null, source: 'earlier-run' },
  ],
  created: { UsageEvent: 10 },
  updated: {},
  changed: true,
  usage: {
    firstDay: '2026-01-01',
    lastDay: '2026-03-01',
    events: 10,
    eventsInserted: 10,
    rollupsInserted: 4,
    anomaly: {
      date: '2026-02-20',
      application: 'Campaign Studio',
      applicationId: 'app-1',
      costMicros: 4_012_250n,
      medianDailyCostMicros: 334_081n,
    },
  },
};

describe('seed output', () => {
  it('prints one JSON-safe object with the keys this run knows', () => {
    const json = toSeedJson(result, 'pw');
    expect(JSON.parse(JSON.stringify(json))).toMatchObject({
      adminEmail: 'admin@acme.test',
      adminPassword: 'pw',
      demoKey: 'gh_AbCdEf',
      trialKey: null,
      usage: {
        anomaly: { date: '2026-02-20', costMicros: '4012250', medianDailyCostMicros: '334081' },
      },
    });
    expect(json.keysNote).toMatch(/cannot be shown again/);
  });

  it('summarises for humans, saying why a key is not shown', () => {
    const text = formatSeedSummary(result, 'pw');
    expect(text).toContain('admin@acme.test / pw');
    expect(text).toContain('gh_AbCdEf');
    expect(text).toMatch(/Trial App key: +gh_WxYz… \(created by an earlier run/);
    expect(text).toContain('Campaign Studio on 2026-02-20: $4.01 vs a median day of $0.33');
  });
});
