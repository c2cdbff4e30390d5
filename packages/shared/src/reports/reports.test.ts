import { describe, expect, it } from 'vitest';
import { budgetPeriodWindow } from './budget-period.js';
import { computeLimitUsage, worstBudgetState } from './budget-limit-usage.js';
import { computeBudgetStatus } from './compute-budget-status.js';
import { FOCUS_HEADER, toFocusRow, type FocusSourceEvent } from './focus-row.js';
import { microsToDecimal } from './format-micros.js';
import { monthOf, monthRange } from './month-range.js';
import { csvField, csvLine, writeCsv } from './write-csv.js';

describe('microsToDecimal', () => {
  it('writes exact decimals of micro-dollars', () => {
    expect(microsToDecimal(0n)).toBe('0.000000');
    expect(microsToDecimal(1_234_567n)).toBe('1.234567');
    expect(microsToDecimal(-5n)).toBe('-0.000005');
    expect(microsToDecimal(9_007_199_254_740_993_000_001n)).toBe('9007199254740993.000001');
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField(12n)).toBe('12');
    expect(csvField(null)).toBe('');
    expect(csvField(false)).toBe('false');
  });

  it('writes CRLF records in header order', () => {
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
    expect(
      writeCsv(
        ['team', 'cost'],
        [
          { cost: '1.5', team: 'Platform, EU' },
          { team: 'Legal', cost: '0.000001' },
        ],
      ),
    ).toBe('team,cost\r\n"Platform, EU",1.5\r\nLegal,0.000001\r\n');
  });
});

describe('monthRange', () => {
  it('gives the UTC month bounds and refuses non-months', () => {
    expect(monthRange('2026-12')).toEqual({
      start: new Date('2026-12-01T00:00:00Z'),
      end: new Date('2027-01-01T00:00:00Z'),
    });
    expect(monthOf(new Date('2026-02-28T23:59:59Z'))).toBe('2026-02');
    expect(() => monthRange('2026-13')).toThrow(RangeError);
    expect(() => monthRange('2026-1')).toThrow(RangeError);
  });
});

describe('budgetPeriodWindow', () => {
  const now = new Date('2026-11-25T15:00:00Z'); // a Wednesday
  it('aligns calendar periods to UTC day, ISO week and month', () => {
    expect(budgetPeriodWindow('DAY', 'CALENDAR', now)).toEqual({
      start: new Date('2026-11-25T00:00:00Z'),
      end: new Date('2026-11-26T00:00:00Z'),
    });
    expect(budgetPeriodWindow('WEEK', 'CALENDAR', now)).toEqual({
      start: new Date('2026-11-23T00:00:00Z'),
      end: new Date('2026-11-30T00:00:00Z'),
    });
    expect(budgetPeriodWindow('WEEK', 'CALENDAR', new Date('2026-11-29T23:00:00Z')).start).toEqual(
      new Date('2026-11-23T00:00:00Z'),
    );
    expect(budgetPeriodWindow('MONTH', 'CALENDAR', now)).toEqual({
      start: new Date('2026-11-01T00:00:00Z'),
      end: new Date('2026-12-01T00:00:00Z'),
    });
  });

  it('ends rolling windows at now', () => {
    expect(budgetPeriodWindow('MONTH', 'ROLLING', now)).toEqual({
      start: new Date('2026-10-26T15:00:00Z'),
      end: now,
    });
  });
});

describe('computeBudgetStatus', () => {
  const monthly = {
    amountMicros: 100_000_000n, // $100
    period: 'MONTH' as const,
    alignment: 'CALENDAR' as const,
    alertThresholds: [50, 80, 100],
  };

  it('computes percent, burn rate and a linear month-end projection', () => {
    // 10 days into a 30-day month, $30 spent: $3/day, $90 projected
    const status = computeBudgetStatus(monthly, 30_000_000n, new Date('2026-11-11T00:00:00Z'));
    expect(status).toEqual({
      periodStart: new Date('2026-11-01T00:00:00Z'),
      periodEnd: new Date('2026-12-01T00:00:00Z'),
      spentMicros: 30_000_000n,
      limitMicros: 100_000_000n,
      percent: 30,
      burnRatePerDayMicros: 3_000_000n,
      projectedMicros: 90_000_000n,
      projectedPercent: 90,
      thresholdsCrossed: [],
      state: 'ok',
    });
  });

  it('warns at the highest threshold under 100 or when the projection reaches the limit', () => {
    const at = new Date('2026-11-11T00:00:00Z');
    expect(computeBudgetStatus(monthly, 34_000_000n, at)).toMatchObject({
      projectedMicros: 102_000_000n,
      state: 'warning',
    });
    const late = new Date('2026-11-29T00:00:00Z');
    expect(computeBudgetStatus(monthly, 80_000_000n, late)).toMatchObject({
      percent: 80,
      thresholdsCrossed: [50, 80],
      state: 'warning',
    });
    expect(computeBudgetStatus(monthly, 100_000_000n, late)).toMatchObject({
      percent: 100,
      thresholdsCrossed: [50, 80, 100],
      state: 'exceeded',
    });
  });

  it('rates the first minutes of a period over at least an hour', () => {
    const status = computeBudgetStatus(monthly, 1_000_000n, new Date('2026-11-01T00:02:00Z'));
    expect(status.burnRatePerDayMicros).toBe(24_000_000n);
    expect(status.projectedMicros).toBe(720_000_000n);
  });

  it('has no money state without an amount, and projects a rolling window as spent', () => {
    const tokensOnly = computeBudgetStatus({ ...monthly, amountMicros: null }, 5n, new Date());
    expect(tokensOnly).toMatchObject({ percent: null, projectedPercent: null, state: 'ok' });
    const rolling = computeBudgetStatus(
      { ...monthly, period: 'WEEK', alignment: 'ROLLING' },
      70_000_000n,
      new Date('2026-11-11T00:00:00Z'),
    );
    expect(rolling).toMatchObject({
      burnRatePerDayMicros: 10_000_000n,
      projectedMicros: 70_000_000n,
    });
  });
});

describe('toFocusRow', () => {
  const event: FocusSourceEvent = {
    occurredAt: new Date('2026-11-10T14:25:31.250Z'),
    requestId: 'req_1',
    orgId: 'org-1',
    teamId: 'team-1',
    applicationId: 'app-1',
    apiKeyId: 'key-1',
    productId: 'prod-1',
    modelId: 'model-1',
    providerSlug: 'openai',
    modelName: 'gpt-4o-mini',
    endpoint: '/v1/chat/completions',
    outcome: 'SUCCESS',
    cacheHit: true,
    inputTokens: 1000,
    outputTokens: 200,
    cachedTokens: 0,
    costMicros: 0n,
    savedMicros: 270n,
    region: null,
    promptVersionId: null,
  };
  const names = {
    orgName: 'Acme',
    team: { name: 'Platform', costCenter: 'CC-1001' },
    applicationName: 'Demo App',
    productName: 'LLM API',
  };

  it('maps a ledger event onto FOCUS columns', () => {
    const row = Object.fromEntries(
      FOCUS_HEADER.map((name, i) => [name, toFocusRow(event, names)[i]]),
    );
    expect(row).toMatchObject({
      BilledCost: '0.000000',
      EffectiveCost: '0.000000',
      ListCost: '0.000270',
      BillingCurrency: 'USD',
      BillingPeriodStart: '2026-11-01T00:00:00Z',
      BillingPeriodEnd: '2026-12-01T00:00:00Z',
      ChargeCategory: 'Usage',
      ChargePeriodStart: '2026-11-10T14:00:00Z',
      ChargePeriodEnd: '2026-11-10T15:00:00Z',
      ConsumedQuantity: '1200',
      ConsumedUnit: 'Tokens',
      ProviderName: 'openai',
      ServiceName: 'LLM API',
      ServiceCategory: 'AI and Machine Learning',
      SkuId: 'openai/gpt-4o-mini',
      ResourceId: 'model-1',
      SubAccountName: 'Platform',
      x_CostCenter: 'CC-1001',
      x_RequestId: 'req_1',
    });
    expect(JSON.parse(row.Tags ?? '')).toEqual({
      'gatehouse/cost-center': 'CC-1001',
      'gatehouse/team': 'Platform',
      'gatehouse/application': 'Demo App',
    });
  });

  it('counts a REST call as one request', () => {
    const rest = {
      ...event,
      modelName: null,
      modelId: null,
      providerSlug: null,
      endpoint: '/apis/orders',
    };
    const row = toFocusRow(rest, { ...names, productName: 'Orders API' });
    const at = (name: string) => row[FOCUS_HEADER.indexOf(name)];
    expect([
      at('ConsumedQuantity'),
      at('ConsumedUnit'),
      at('ResourceId'),
      at('ServiceCategory'),
    ]).toEqual(['1', 'Requests', 'prod-1', 'Integration']);
  });
});

describe('computeLimitUsage and worstBudgetState', () => {
  it('rates token and request limits like money', () => {
    expect(computeLimitUsage(50n, null, [80])).toBeNull();
    expect(computeLimitUsage(1n, 3n, [50, 80, 100])).toEqual({
      used: 1n,
      limit: 3n,
      percent: 33.33,
      state: 'ok',
    });
    expect(computeLimitUsage(85n, 100n, [50, 80, 100])?.state).toBe('warning');
    expect(computeLimitUsage(60n, 100n, [50])?.state).toBe('warning');
    expect(computeLimitUsage(100n, 100n, [])?.state).toBe('exceeded');
  });

  it('takes the most severe state', () => {
    expect(worstBudgetState([])).toBe('ok');
    expect(worstBudgetState(['ok', 'exceeded', 'warning'])).toBe('exceeded');
    expect(worstBudgetState(['ok', 'warning'])).toBe('warning');
  });
});
