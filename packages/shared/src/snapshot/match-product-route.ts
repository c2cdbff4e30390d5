import type { ProductRoute } from './authorize-product.js';

/** The first route (by priority) whose path prefix covers `path` (e.g. "/orders/42"). */
export function matchProductRoute(
  routes: readonly ProductRoute[],
  path: string,
): ProductRoute | null {
  return routes.find((r) => pathHasPrefix(path, r.pathPrefix)) ?? null;
}

// "/orders" covers "/orders" and "/orders/42", not "/ordersx".
function pathHasPrefix(path: string, prefix: string): boolean {
  if (prefix === '/' || prefix === '') return true;
  const bare = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  return path === bare || path.startsWith(`${bare}/`);
}
