import { computeCostMicros } from '@gatehouse/shared';
import { describe, expect, it } from 'vitest';
import { DEMO_APPS } from './demo-catalog.js';
import { DEMO_MODELS } from './demo-providers.js';
import {
  generateUsageDay,
  generateUsageHistory,
  isoDay,
  type UsageWorld,
} from './generate-usage-history.js';
import type { SeededModel } from './seed-providers.js';
import { describeAnomaly } from './seed-usage.js';
import { ANOMALY } from './usage-profiles.js';

const DAY = 86_400_000;

const models = new Map<string, SeededModel>(
  DEMO_MODELS.map((m) => [
    m.publicName,
    {
      id: `model-${m.publicName}`,
      publicName: m.publicName,
      kind: m.kind,
      providerId: `provider-${m.provider}`,
      providerSlug: m.provider,
      region: m.provider === 'azure-openai' ? 'eu-west' : null,
      prices: {
        inputPerMTokMicros: m.prices.input,
        outputPerMTokMicros: m.prices.output,
        cachedInputPerMTokMicros: m.prices.cached,
      },
    },
  ]),
);

const world: UsageWorld = {
  orgSlug: 'acme',
  orgId: 'org-1',
  apps: new Map(
    DEMO_APPS.map((a) => [
      a.name,
      { id: `app-${a.name}`, teamId: `team-${a.team}`, apiKeyId: `key-${a.name}` },
    ]),
  ),
  models,
  llmApiId: 'product-llm',
  ordersId: 'product-orders',
  promptVersionId: 'prompt-v2',
};

// Monday 2026-03-02 … Thursday 2026-04-30: 60 days.
const firstDay = new Date('2026-03-02T00:00:00Z');
const lastDay = new Date(firstDay.getTime() + 59 * DAY);
const anomalyDay = new Date(lastDay.getTime() - ANOMALY.daysBeforeLastDay * DAY);
const history = generateUsageHistory(world, firstDay, lastDay, anomalyDay);

describe('generateUsageHistory', () => {
  it('is the same for the same day every time', () => {
    const day = new Date('2026-03-10T00:00:00Z');
    expect(generateUsageDay(world, day, false)).toEqual(generateUsageDay(world, day, false));
    expect(generateUsageDay(world, day, false)).not.toEqual(
      generateUsageDay(world, new Date(day.getTime() + DAY), false),
    );
  });

  it('makes about ten thousand events over 60 days with unique request ids inside the window', () => {
    expect(history.length).toBeGreaterThan(8_500);
    expect(history.length).toBeLessThan(12_000);
    expect(new Set(history.map((e) => e.requestId)).size).toBe(history.length);
    expect(history.every((e) => e.requestId.startsWith('seed-'))).toBe(true);
    expect(Math.min(...history.map((e) => e.occurredAt.getTime()))).toBeGreaterThanOrEqual(
      firstDay.getTime(),
    );
    expect(Math.max(...history.map((e) => e.occurredAt.getTime()))).toBeLessThan(
      lastDay.getTime() + DAY,
    );
  });

  it('prices every billed event with computeCostMicros, and cache hits as savings', () => {
    for (const event of history.filter((e) => e.modelName !== null)) {
      const model = models.get(event.modelName ?? '');
      if (model === undefined) throw new Error('model expected');
      if (event.cacheHit) {
        expect(event.costMicros).toBe(0n);
        expect(event.savedMicros).toBe(
          computeCostMicros({ ...event, cachedTokens: 0 }, model.prices),
        );
      } else {
        expect(event.costMicros).toBe(computeCostMicros(event, model.prices));
      }
    }
  });

  it('has weekday and diurnal shape', () => {
    const perDay = new Map<string, number>();
    for (const e of history)
      perDay.set(isoDay(e.occurredAt), (perDay.get(isoDay(e.occurredAt)) ?? 0) + 1);
    const avg = (weekend: boolean) => {
      const days = [...perDay].filter(
        ([d]) => [0, 6].includes(new Date(d).getUTCDay()) === weekend && d !== isoDay(anomalyDay),
      );
      return days.reduce((s, [, n]) => s + n, 0) / days.length;
    };
    expect(avg(true) / avg(false)).toBeGreaterThan(0.25);
    expect(avg(true) / avg(false)).toBeLessThan(0.45);
    const byHour = (from: number, to: number) =>
      history.filter((e) => e.occurredAt.getUTCHours() >= from && e.occurredAt.getUTCHours() < to)
        .length;
    expect(byHour(9, 15)).toBeGreaterThan(6 * byHour(0, 6));
  });

  it('includes errors, streams, cache hits, prompt cache, prompts, REST calls and every app and model', () => {
    const count = (p: (e: (typeof history)[number]) => boolean) => history.filter(p).length;
    expect(count((e) => e.outcome !== 'SUCCESS') / history.length).toBeGreaterThan(0.02);
    expect(count((e) => e.outcome !== 'SUCCESS') / history.length).toBeLessThan(0.08);
    expect(
      count((e) => e.outcome === 'RATE_LIMITED' && e.applicationId === 'app-Trial App'),
    ).toBeGreaterThan(20);
    expect(count((e) => e.stream && e.ttftMs !== null)).toBeGreaterThan(1_000);
    expect(count((e) => e.cacheHit && e.savedMicros > 0n)).toBeGreaterThan(100);
    expect(count((e) => e.cachedTokens > 0)).toBeGreaterThan(100);
    expect(count((e) => e.promptVersionId === 'prompt-v2')).toBeGreaterThan(50);
    expect(count((e) => e.productId === 'product-orders' && e.modelId === null)).toBeGreaterThan(
      100,
    );
    expect(new Set(history.map((e) => e.applicationId)).size).toBe(DEMO_APPS.length);
    expect(new Set(history.map((e) => e.modelName).filter((m) => m !== null)).size).toBe(
      DEMO_MODELS.length,
    );
    expect(
      history.filter((e) => e.modelName === 'gpt-4o-eu').every((e) => e.region === 'eu-west'),
    ).toBe(true);
  });

  it('plants a cost anomaly of about ten times the median day on one app', () => {
    const anomaly = describeAnomaly(history, `app-${ANOMALY.app}`, anomalyDay);
    expect(anomaly.date).toBe('2026-04-21');
    const ratio = Number(anomaly.costMicros) / Number(anomaly.medianDailyCostMicros);
    expect(ratio).toBeGreaterThan(7);
    expect(ratio).toBeLessThan(14);
    const other = describeAnomaly(history, 'app-Demo App', anomalyDay);
    expect(Number(other.costMicros) / Number(other.medianDailyCostMicros)).toBeLessThan(3);
  });
});
