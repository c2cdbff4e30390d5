/** Product kinds (mirror the Prisma enum). */
export type ProductKindName = 'AI' | 'REST' | 'GRAPHQL';

/** Routing strategies (mirror the Prisma enum). */
export type RouteStrategyName =
  'SINGLE' | 'WEIGHTED' | 'FALLBACK' | 'LEAST_LATENCY' | 'LEAST_IN_FLIGHT' | 'COST' | 'CONTENT';

export type RouteTargetInput = {
  modelId?: string | null;
  upstreamUrl?: string | null;
  weight: number;
  isFallback: boolean;
};

export type RouteIssue = { param: string; message: string };

// How many primary (non-fallback) targets each strategy needs. A new strategy joins with one line.
const PRIMARY_COUNT: Record<RouteStrategyName, { min: number; max: number }> = {
  SINGLE: { min: 1, max: 1 },
  WEIGHTED: { min: 1, max: 100 },
  FALLBACK: { min: 1, max: 100 },
  LEAST_LATENCY: { min: 1, max: 100 },
  LEAST_IN_FLIGHT: { min: 1, max: 100 },
  COST: { min: 1, max: 100 },
  CONTENT: { min: 1, max: 100 },
};

// SINGLE with `{ target: "requested-model" }` serves each request with the target whose model
// was asked for, so it lists one primary per model.
function primaryCount(
  strategy: RouteStrategyName,
  strategyConfig: Readonly<Record<string, unknown>>,
): { min: number; max: number } {
  const perModel = strategy === 'SINGLE' && strategyConfig['target'] === 'requested-model';
  return perModel ? PRIMARY_COUNT.WEIGHTED : PRIMARY_COUNT[strategy];
}

/** Whether a product kind's targets are models (AI) or upstream URLs (REST, GraphQL). */
export function targetFieldFor(kind: ProductKindName): 'modelId' | 'upstreamUrl' {
  return kind === 'AI' ? 'modelId' : 'upstreamUrl';
}

/**
 * Checks a route's targets against its product's kind and its strategy: each target names a
 * model (AI) or an upstream URL (REST/GraphQL), never both; the strategy gets the number of
 * primaries it needs; a weighted split has a positive total weight. First problem or null.
 */
export function checkRouteTargets(
  kind: ProductKindName,
  strategy: RouteStrategyName,
  targets: readonly RouteTargetInput[],
  strategyConfig: Readonly<Record<string, unknown>> = {},
): RouteIssue | null {
  const wanted = targetFieldFor(kind);
  const other = wanted === 'modelId' ? 'upstreamUrl' : 'modelId';
  for (const [index, target] of targets.entries()) {
    if (!target[wanted]) {
      return {
        param: `targets.${index}.${wanted}`,
        message: `${kind} route targets need ${wanted}`,
      };
    }
    if (target[other]) {
      return {
        param: `targets.${index}.${other}`,
        message: `${kind} route targets take no ${other}`,
      };
    }
  }
  const primaries = targets.filter((t) => !t.isFallback);
  const { min, max } = primaryCount(strategy, strategyConfig);
  if (primaries.length < min || primaries.length > max) {
    const range = min === max ? `exactly ${min}` : `at least ${min}`;
    return {
      param: 'targets',
      message: `${strategy} needs ${range} primary (non-fallback) target`,
    };
  }
  if (strategy === 'WEIGHTED' && primaries.every((t) => t.weight === 0)) {
    return {
      param: 'targets',
      message: 'WEIGHTED needs at least one primary target with weight > 0',
    };
  }
  return null;
}
