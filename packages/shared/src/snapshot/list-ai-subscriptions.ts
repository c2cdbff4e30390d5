import type { PlanEntry, PolicySnapshot, ProductEntry } from './policy-snapshot.js';
import type { Principal } from './principal.js';
import type { SubscriptionRow } from './snapshot-rows.js';

export type SubscribedProduct = {
  subscription: SubscriptionRow;
  product: ProductEntry;
  plan: PlanEntry;
};

/**
 * The application's subscriptions (any status) to live AI products whose plan exists, by product
 * slug so the choice between two products is the same on every gateway.
 */
export function listAiSubscriptions(
  snapshot: PolicySnapshot,
  applicationId: string,
): SubscribedProduct[] {
  const result: SubscribedProduct[] = [];
  for (const subscription of snapshot.subscriptionsByApplication.get(applicationId) ?? []) {
    const product = snapshot.products.get(subscription.productId);
    const plan = snapshot.plans.get(subscription.planId);
    if (product === undefined || plan === undefined) continue;
    if (product.kind !== 'AI' || product.archivedAt !== null) continue;
    result.push({ subscription, product, plan });
  }
  return result.sort((a, b) => a.product.slug.localeCompare(b.product.slug));
}

const STATUS_WORDS: Readonly<Record<SubscriptionRow['status'], string>> = {
  PENDING: 'is pending approval',
  REJECTED: 'was rejected',
  SUSPENDED: 'is suspended',
  ACTIVE: 'is active',
};

/** "The subscription of application `Trial App` to `LLM API` is suspended." */
export function describeInactive(principal: Principal, subscribed: SubscribedProduct): string {
  return `The subscription of the application \`${principal.applicationName}\` to \`${subscribed.product.name}\` ${STATUS_WORDS[subscribed.subscription.status]}.`;
}
