import { describe, expect, it } from 'vitest';
import { id } from './__fixtures__/fixture-rows.js';
import { fixtureSnapshot } from './__fixtures__/fixture-snapshot.js';
import type { RouteEntry } from './policy-snapshot.js';
import { primariesThenFallbacks, ROUTE_STRATEGIES, singleTarget } from './route-strategies.js';
import type { RouteTargetRow } from './snapshot-rows.js';

const snapshot = fixtureSnapshot();
const model = (name: string) => snapshot.models.get(id(`model:${name}`))!;
const t = (name: string, position: number, isFallback = false): RouteTargetRow => ({
  id: `${name}-${isFallback}`,
  routeId: 'r',
  modelId: id(`model:${name}`),
  upstreamUrl: null,
  weight: 50,
  position,
  isFallback,
});
const route = (strategyConfig: Record<string, unknown>): RouteEntry => ({
  id: 'r',
  productId: 'p',
  name: 'r',
  priority: 1,
  match: { models: ['*'], pathPrefix: null },
  strategy: 'SINGLE',
  strategyConfig,
  retries: 0,
  timeoutMs: 1000,
  cacheEnabled: false,
  cacheTtlSeconds: 0,
  region: null,
  enabled: true,
  primaries: [t('gpt-4o', 0), t('gpt-4o-mini', 1)],
  fallbacks: [t('gpt-4o-eu', 0, true), t('claude-sonnet-4', 1, true)],
});
const names = (targets: readonly RouteTargetRow[]) => targets.map((x) => x.id);

describe('route strategies', () => {
  it('SINGLE serves the first primary, then the fallbacks', () => {
    expect(names(singleTarget(route({}), model('gpt-4o-mini')))).toEqual([
      'gpt-4o-false',
      'gpt-4o-eu-true',
      'claude-sonnet-4-true',
    ]);
  });

  it('SINGLE with target requested-model serves the requested model, or nothing', () => {
    const r = route({ target: 'requested-model' });
    expect(names(singleTarget(r, model('gpt-4o-mini')))).toEqual([
      'gpt-4o-mini-false',
      'gpt-4o-eu-true',
      'claude-sonnet-4-true',
    ]);
    expect(singleTarget(r, model('llama-3.1-8b'))).toEqual([]);
  });

  it('FALLBACK tries every primary, then every fallback', () => {
    expect(names(primariesThenFallbacks(route({}), model('gpt-4o')))).toEqual([
      'gpt-4o-false',
      'gpt-4o-mini-false',
      'gpt-4o-eu-true',
      'claude-sonnet-4-true',
    ]);
  });

  it('has an entry for every strategy', () => {
    expect(Object.keys(ROUTE_STRATEGIES).sort()).toEqual([
      'CONTENT',
      'COST',
      'FALLBACK',
      'LEAST_IN_FLIGHT',
      'LEAST_LATENCY',
      'SINGLE',
      'WEIGHTED',
    ]);
    expect(ROUTE_STRATEGIES.WEIGHTED(route({}), model('gpt-4o'))).toHaveLength(4);
  });
});
