import { describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.js';
import type { LedgerRepository } from './ledger.repository.js';
import { UsageService } from './usage.service.js';
import type { UsageFilter, UsageGroup, UsageRepository, UsageSumRow } from './usage.repository.js';

const actor = (role: Actor['role'], teamIds: string[] = []): Actor => ({
  kind: 'USER',
  userId: 'u',
  orgId: 'org',
  email: 'x@y.test',
  role,
  teamIds,
  maintainerTeamIds: [],
  tokenId: null,
  scopes: null,
});

const row = (at: string, key: string | null, cost: bigint): UsageSumRow => ({
  bucketStart: new Date(at),
  keys: [key],
  requests: 1n,
  errors: 0n,
  cacheHits: 0n,
  inputTokens: 10n,
  outputTokens: 5n,
  cachedTokens: 0n,
  costMicros: cost,
  savedMicros: 0n,
  latencyMsSum: 100n,
});

// A fake repository that records the filter it was asked for.
function fakeUsage(rows: UsageSumRow[]) {
  const calls: Array<{ filter: UsageFilter; groups: readonly UsageGroup[] }> = [];
  const repo = {
    sums: async (filter: UsageFilter, groups: readonly UsageGroup[]) => {
      calls.push({ filter, groups });
      return rows;
    },
    histogram: async () => [],
    names: async (_org: string, _group: UsageGroup, ids: string[]) =>
      new Map(ids.map((id) => [id, `name of ${id}`])),
  };
  return { repo: repo as unknown as UsageRepository, calls };
}

const ledger = {} as LedgerRepository;

describe('UsageService.timeseries', () => {
  it('scopes a developer to their teams and picks hourly rows for short ranges', async () => {
    const { repo, calls } = fakeUsage([]);
    const service = new UsageService(repo, ledger);
    await service.timeseries(actor('DEVELOPER', ['t1']), {
      from: '2026-11-01T00:00:00Z',
      to: '2026-11-02T12:00:00Z',
      applicationId: 'a1',
    });
    expect(calls[0]?.filter).toMatchObject({
      orgId: 'org',
      bucket: 'HOUR',
      teamIds: ['t1'],
      where: { application: 'a1' },
    });
    await service.timeseries(actor('FINANCE'), { from: '2026-11-01', to: '2026-11-10' });
    expect(calls[1]?.filter).toMatchObject({ bucket: 'DAY', teamIds: null, where: {} });
  });

  it('groups points into named series with exact totals', async () => {
    const { repo } = fakeUsage([
      row('2026-11-01T00:00:00Z', 'm1', 9_007_199_254_740_993n),
      row('2026-11-01T00:00:00Z', null, 7n),
      row('2026-11-02T00:00:00Z', 'm1', 1n),
    ]);
    const out = await new UsageService(repo, ledger).timeseries(actor('ADMIN'), {
      from: '2026-11-01',
      to: '2026-11-03',
      bucket: 'day',
      groupBy: 'model',
    });
    expect(out.groups).toEqual([
      expect.objectContaining({
        key: 'm1',
        name: 'name of m1',
        totals: expect.objectContaining({ requests: 2 }),
      }),
      expect.objectContaining({ key: null, name: '(none)' }),
    ]);
    expect(out.groups[0]?.totals.cost.micros).toBe('9007199254740994');
    expect(out.totals.cost.micros).toBe('9007199254741001');
    expect(out.points.map((p) => [p.bucketStart, p.key])).toEqual([
      ['2026-11-01T00:00:00.000Z', 'm1'],
      ['2026-11-01T00:00:00.000Z', null],
      ['2026-11-02T00:00:00.000Z', 'm1'],
    ]);
  });

  it('refuses ranges with too many buckets (400)', async () => {
    const { repo } = fakeUsage([]);
    await expect(
      new UsageService(repo, ledger).timeseries(actor('ADMIN'), {
        from: '2020-01-01',
        to: '2026-01-01',
        bucket: 'hour',
      }),
    ).rejects.toMatchObject({ status: 400, param: 'from' });
  });
});
