import { buildCandidateTargets, type CandidateTarget } from './build-candidate-targets.js';
import { refuse, type Result } from './gateway-error.js';
import { modelMatchesAny } from './match-model-glob.js';
import type {
  ModelEntry,
  PlanEntry,
  PolicySnapshot,
  ProductEntry,
  RouteEntry,
} from './policy-snapshot.js';
import type { Principal } from './principal.js';
import { resolveModel, type ModelNameKind } from './resolve-model.js';
import { ROUTE_STRATEGIES } from './route-strategies.js';
import type { RouteTargetRow, SubscriptionRow } from './snapshot-rows.js';
import {
  describeInactive,
  listAiSubscriptions,
  type SubscribedProduct,
} from './list-ai-subscriptions.js';

export type ModelAuthorization = {
  product: ProductEntry;
  plan: PlanEntry;
  subscription: SubscriptionRow;
  /** The model the caller asked for (resolved from its name). */
  model: ModelEntry;
  via: ModelNameKind;
  route: RouteEntry;
  /** What to call, in order: primaries first, then fallbacks. Never empty. */
  targets: readonly CandidateTarget[];
};

type RouteChoice = { route: RouteEntry; ordered: readonly RouteTargetRow[] };

// The first enabled route (lowest priority) that matches the model and whose strategy yields
// targets for it.
function chooseRoute(
  snapshot: PolicySnapshot,
  productId: string,
  model: ModelEntry,
  requested: string,
): RouteChoice | null {
  for (const route of snapshot.routesByProduct.get(productId) ?? []) {
    const patterns = route.match.models;
    if (patterns === null || !modelMatchesAny(patterns, model, requested)) continue;
    const ordered = ROUTE_STRATEGIES[route.strategy](route, model);
    if (ordered.length > 0) return { route, ordered };
  }
  return null;
}

function planAllows(plan: PlanEntry, model: ModelEntry, requested: string): boolean {
  return plan.allowedModels.length === 0 || modelMatchesAny(plan.allowedModels, model, requested);
}

// Region pinning: a team with a data-residency region only reaches targets in that region.
function inRegion(principal: Principal, targets: CandidateTarget[]): CandidateTarget[] {
  return principal.region === null ? targets : targets.filter((t) => t.region === principal.region);
}

function serve(
  snapshot: PolicySnapshot,
  principal: Principal,
  found: Omit<ModelAuthorization, 'targets'>,
  ordered: readonly RouteTargetRow[],
  requested: string,
): Result<ModelAuthorization> {
  const callable = buildCandidateTargets(snapshot, found.route, ordered);
  const targets = inRegion(principal, callable);
  if (targets.length > 0) return { ok: true, ...found, targets };
  if (callable.length > 0) {
    return refuse(
      'model_not_allowed',
      `The model \`${requested}\` is not served in your team's region (${principal.region}).`,
      'model',
    );
  }
  return refuse(
    'no_available_target',
    `No upstream is available for the model \`${requested}\` right now (its providers are disabled or misconfigured).`,
  );
}

// The first ACTIVE subscription whose plan allows the model and one of whose routes serves it.
function serveThroughSubscriptions(
  snapshot: PolicySnapshot,
  principal: Principal,
  active: readonly SubscribedProduct[],
  resolved: { model: ModelEntry; via: ModelNameKind },
  requested: string,
): Result<ModelAuthorization> {
  const { model, via } = resolved;
  let deniedBy: PlanEntry | null = null;
  for (const { subscription, product, plan } of active) {
    if (!planAllows(plan, model, requested)) {
      deniedBy ??= plan;
      continue;
    }
    const choice = chooseRoute(snapshot, product.id, model, requested);
    if (choice === null) continue;
    const found = { product, plan, subscription, model, via, route: choice.route };
    return serve(snapshot, principal, found, choice.ordered, requested);
  }
  if (deniedBy !== null) {
    return refuse(
      'model_not_allowed',
      `Your plan \`${deniedBy.name}\` does not include the model \`${requested}\`.`,
      'model',
    );
  }
  return refuse(
    'model_not_found',
    `The model \`${requested}\` is not offered by any product your application is subscribed to.`,
    'model',
  );
}

/**
 * May this principal call this model, and where does the call go? Requires the key to allow the
 * model (its allowedModels, empty = any), an ACTIVE subscription of the application to an AI
 * product whose plan allows the model (allowedModels empty = every model of the product), and
 * a route of that product serving it. Refusals: 404 `model_not_found`, 403
 * `model_not_allowed` / `subscription_inactive` / `permission_denied`, 503 `no_available_target`.
 */
export function authorizeModel(
  snapshot: PolicySnapshot,
  principal: Principal,
  modelName: string,
  _now: Date,
): Result<ModelAuthorization> {
  const resolved = resolveModel(snapshot, principal.orgId, modelName);
  if (!resolved.ok) return resolved;
  const keyAllowed = principal.keyAllowedModels;
  if (keyAllowed.length > 0 && !modelMatchesAny(keyAllowed, resolved.model, modelName)) {
    return refuse(
      'model_not_allowed',
      `This API key is not allowed to use the model \`${modelName}\`.`,
      'model',
    );
  }
  const subscriptions = listAiSubscriptions(snapshot, principal.applicationId);
  const active = subscriptions.filter((s) => s.subscription.status === 'ACTIVE');
  if (active.length === 0) return noActiveSubscription(principal, subscriptions);
  return serveThroughSubscriptions(snapshot, principal, active, resolved, modelName);
}

function noActiveSubscription(principal: Principal, subscriptions: readonly SubscribedProduct[]) {
  const first = subscriptions[0];
  if (first === undefined) {
    return refuse(
      'permission_denied',
      `The application \`${principal.applicationName}\` has no subscription to an AI product. Subscribe to one in the developer portal.`,
    );
  }
  return refuse('subscription_inactive', describeInactive(principal, first));
}
