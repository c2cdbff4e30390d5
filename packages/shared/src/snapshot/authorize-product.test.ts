import { describe, expect, it } from 'vitest';
import { fixtureRows, id, NOW, ORG, type KeyName } from './__fixtures__/fixture-rows.js';
import { fixtureSnapshot, principalOf } from './__fixtures__/fixture-snapshot.js';
import { authorizeProduct } from './authorize-product.js';
import { findApiProduct } from './find-api-product.js';
import { matchProductRoute } from './match-product-route.js';
import type { PolicySnapshot } from './policy-snapshot.js';

const snapshot = fixtureSnapshot();
const authorize = (key: KeyName, slug: string, snap: PolicySnapshot = snapshot) =>
  authorizeProduct(snap, principalOf(snap, key), slug, NOW);
const code = (result: ReturnType<typeof authorize>) =>
  result.ok ? 'ok' : [result.error.status, result.error.code];

describe('findApiProduct', () => {
  it('finds REST products by slug within the org, not AI ones', () => {
    const found = findApiProduct(snapshot, ORG, 'orders');
    expect(found.ok && found.product.id).toBe(id('product:orders'));
    const ai = findApiProduct(snapshot, ORG, 'llm-api');
    expect(!ai.ok && [ai.error.status, ai.error.code]).toEqual([404, 'product_not_found']);
  });
});

describe('authorizeProduct', () => {
  it('returns plan, routes with upstreams and the decrypted upstream headers', () => {
    const result = authorize('demo', 'orders');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.slug).toBe('standard');
    expect(result.subscription.status).toBe('ACTIVE');
    expect(result.upstreamHeaders).toEqual({ 'x-orders-key': 'orders-secret' });
    expect(result.routes.map((r) => [r.pathPrefix, r.upstreams])).toEqual([
      ['/', [{ upstreamUrl: 'http://mock/orders', weight: 100, isFallback: false }]],
    ]);
  });

  it('refuses without an active subscription and for unknown products', () => {
    expect(code(authorize('trial', 'orders'))).toEqual([403, 'subscription_inactive']);
    expect(code(authorize('orphan', 'orders'))).toEqual([403, 'permission_denied']);
    expect(code(authorize('demo', 'nope'))).toEqual([404, 'product_not_found']);
  });

  it('answers 503 when the upstream credentials did not open', () => {
    const rows = fixtureRows();
    rows.products = rows.products.map((p) =>
      p.slug === 'orders' ? { ...p, upstreamCredentialsEnc: new Uint8Array(40) } : p,
    );
    expect(code(authorize('demo', 'orders', fixtureSnapshot(rows)))).toEqual([
      503,
      'no_available_target',
    ]);
  });
});

describe('matchProductRoute', () => {
  const route = (pathPrefix: string) => ({
    route: snapshot.routesByProduct.get(id('product:orders'))![0]!,
    pathPrefix,
    upstreams: [],
  });
  it('picks the first route whose prefix covers the path on a segment boundary', () => {
    const routes = [route('/orders'), route('/')];
    expect(matchProductRoute(routes, '/orders/42')?.pathPrefix).toBe('/orders');
    expect(matchProductRoute(routes, '/orders')?.pathPrefix).toBe('/orders');
    expect(matchProductRoute(routes, '/ordersx')?.pathPrefix).toBe('/');
    expect(matchProductRoute([route('/orders/')], '/health')).toBeNull();
  });
});
