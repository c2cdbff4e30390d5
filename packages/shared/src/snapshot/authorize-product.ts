import { findApiProduct } from './find-api-product.js';
import { refuse, type Result } from './gateway-error.js';
import type { PlanEntry, PolicySnapshot, ProductEntry, RouteEntry } from './policy-snapshot.js';
import type { Principal } from './principal.js';
import type { SubscriptionRow } from './snapshot-rows.js';

/** One upstream of a REST/GraphQL route. */
export type ProductUpstream = { upstreamUrl: string; weight: number; isFallback: boolean };

export type ProductRoute = {
  route: RouteEntry;
  /** `match.pathPrefix`, "/" when the route names none. */
  pathPrefix: string;
  /** Primaries in position order, then fallbacks. */
  upstreams: readonly ProductUpstream[];
};

export type ProductAuthorization = {
  product: ProductEntry;
  plan: PlanEntry;
  subscription: SubscriptionRow;
  /** Enabled routes, lowest priority first; pick one with matchProductRoute. */
  routes: readonly ProductRoute[];
  /** Decrypted headers to add to the upstream call (header → value). */
  upstreamHeaders: Readonly<Record<string, string>>;
};

function productRoutes(snapshot: PolicySnapshot, productId: string): ProductRoute[] {
  return (snapshot.routesByProduct.get(productId) ?? []).map((route) => ({
    route,
    pathPrefix: route.match.pathPrefix ?? '/',
    upstreams: [...route.primaries, ...route.fallbacks].flatMap((t) =>
      t.upstreamUrl === null
        ? []
        : [{ upstreamUrl: t.upstreamUrl, weight: t.weight, isFallback: t.isFallback }],
    ),
  }));
}

/**
 * May this principal call this REST/GraphQL product? Requires an ACTIVE subscription of its
 * application. Refusals: 404 `product_not_found`, 403 `permission_denied` (no subscription) or
 * `subscription_inactive`, 503 `no_available_target` (upstream credentials unusable, no route).
 */
export function authorizeProduct(
  snapshot: PolicySnapshot,
  principal: Principal,
  productSlug: string,
  _now: Date,
): Result<ProductAuthorization> {
  const found = findApiProduct(snapshot, principal.orgId, productSlug);
  if (!found.ok) return found;
  const { product } = found;
  const subscription = snapshot.subscriptionsByApplication
    .get(principal.applicationId)
    ?.find((s) => s.productId === product.id);
  const plan = subscription && snapshot.plans.get(subscription.planId);
  if (subscription === undefined || plan === undefined) {
    return refuse(
      'permission_denied',
      `The application \`${principal.applicationName}\` is not subscribed to \`${product.name}\`. Subscribe to it in the developer portal.`,
    );
  }
  if (subscription.status !== 'ACTIVE') {
    return refuse(
      'subscription_inactive',
      `The subscription of the application \`${principal.applicationName}\` to \`${product.name}\` is ${subscription.status.toLowerCase()}.`,
    );
  }
  const routes = productRoutes(snapshot, product.id).filter((r) => r.upstreams.length > 0);
  if (!product.usable || routes.length === 0) {
    return refuse('no_available_target', `\`${product.name}\` has no usable upstream right now.`);
  }
  return {
    ok: true,
    product,
    plan,
    subscription,
    routes,
    upstreamHeaders: product.upstreamHeaders,
  };
}
