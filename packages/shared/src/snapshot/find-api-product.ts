import { refuse, type Result } from './gateway-error.js';
import { scopedKey, type PolicySnapshot, type ProductEntry } from './policy-snapshot.js';

/** A live REST or GraphQL product by its slug (the `{product}` of `/apis/{product}/...`). */
export function findApiProduct(
  snapshot: PolicySnapshot,
  orgId: string,
  slug: string,
): Result<{ product: ProductEntry }> {
  const product = snapshot.productsBySlug.get(scopedKey(orgId, slug));
  if (product === undefined || product.kind === 'AI' || product.archivedAt !== null) {
    return refuse('product_not_found', `There is no API product \`${slug}\`.`);
  }
  return { ok: true, product };
}
