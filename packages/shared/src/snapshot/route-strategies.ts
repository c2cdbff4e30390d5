import type { ModelEntry, RouteEntry } from './policy-snapshot.js';
import type { RouteStrategy, RouteTargetRow } from './snapshot-rows.js';

/**
 * A strategy orders a matching route's targets for one request: the first is called, the rest
 * are tried in turn when it fails. An empty list means the route does not serve this model.
 */
export type OrderTargets = (route: RouteEntry, model: ModelEntry) => readonly RouteTargetRow[];

/** Every primary in position order, then every fallback. */
export const primariesThenFallbacks: OrderTargets = (route) => [
  ...route.primaries,
  ...route.fallbacks,
];

/**
 * One primary, then the fallbacks. `strategyConfig.target: "requested-model"` picks the primary
 * that is the requested model itself (a catch-all route listing every model, each answering for
 * its own name); without it, the first primary serves whatever the route matches.
 */
export const singleTarget: OrderTargets = (route, model) => {
  const primary =
    route.strategyConfig['target'] === 'requested-model'
      ? route.primaries.find((t) => t.modelId === model.id)
      : route.primaries[0];
  return primary === undefined ? [] : [primary, ...route.fallbacks];
};

/**
 * The table. WEIGHTED, LEAST_LATENCY, LEAST_IN_FLIGHT, COST and CONTENT are routed by a later
 * step (they need weights rolled per request, live latency or the request body); until each joins
 * here with its own line, its route serves its targets in configured order, weights carried along.
 */
export const ROUTE_STRATEGIES: Readonly<Record<RouteStrategy, OrderTargets>> = {
  SINGLE: singleTarget,
  FALLBACK: primariesThenFallbacks,
  WEIGHTED: primariesThenFallbacks,
  LEAST_LATENCY: primariesThenFallbacks,
  LEAST_IN_FLIGHT: primariesThenFallbacks,
  COST: primariesThenFallbacks,
  CONTENT: primariesThenFallbacks,
};
