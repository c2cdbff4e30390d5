import { z } from 'zod';
import { groupBy } from './index-rows.js';
import type { RouteEntry, SnapshotProblem } from './policy-snapshot.js';
import type { RouteRow, RouteTargetRow } from './snapshot-rows.js';

const matchSchema = z.object({
  models: z.array(z.string().min(1)).optional(),
  pathPrefix: z.string().optional(),
});
const strategyConfigSchema = z.record(z.string(), z.unknown());

const byPosition = (a: RouteTargetRow, b: RouteTargetRow) =>
  a.position - b.position || a.id.localeCompare(b.id);

function routeEntry(
  route: RouteRow,
  targets: readonly RouteTargetRow[],
  orgId: string | null,
  problems: SnapshotProblem[],
): RouteEntry | null {
  const match = matchSchema.safeParse(route.match);
  const config = strategyConfigSchema.safeParse(route.strategyConfig);
  if (!match.success || !config.success) {
    problems.push({
      kind: 'route',
      id: route.id,
      orgId,
      message: `route "${route.name}": ${match.success ? 'strategyConfig' : 'match'} is malformed; route skipped`,
    });
    return null;
  }
  const sorted = [...targets].sort(byPosition);
  return {
    ...route,
    match: { models: match.data.models ?? null, pathPrefix: match.data.pathPrefix ?? null },
    strategyConfig: config.data,
    primaries: sorted.filter((t) => !t.isFallback),
    fallbacks: sorted.filter((t) => t.isFallback),
  };
}

/**
 * productId → its enabled routes, lowest priority first (name breaks ties, so the order never
 * depends on the database's row order). A route whose JSON is malformed is skipped and reported.
 */
export function buildRouteEntries(
  routes: readonly RouteRow[],
  targets: readonly RouteTargetRow[],
  orgIdOfProduct: (productId: string) => string | null,
  problems: SnapshotProblem[],
): Map<string, RouteEntry[]> {
  const targetsByRoute = groupBy(targets, (t) => t.routeId);
  const entries: RouteEntry[] = [];
  for (const route of routes) {
    if (!route.enabled) continue;
    const orgId = orgIdOfProduct(route.productId);
    const entry = routeEntry(route, targetsByRoute.get(route.id) ?? [], orgId, problems);
    if (entry !== null) entries.push(entry);
  }
  entries.sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name));
  return groupBy(entries, (r) => r.productId);
}
