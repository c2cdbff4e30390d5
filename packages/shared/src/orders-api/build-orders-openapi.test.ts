import { describe, expect, it } from 'vitest';
import { buildOrdersOpenApi } from './build-orders-openapi.js';

describe('buildOrdersOpenApi', () => {
  const upstream = buildOrdersOpenApi('http://127.0.0.1:9090/rest');
  const gateway = buildOrdersOpenApi('/apis/orders', 'gateway');

  it('describes the same operations and schemas for both audiences', () => {
    expect(Object.keys(gateway.paths)).toEqual(['/orders', '/orders/{id}']);
    expect(Object.keys(gateway.paths)).toEqual(Object.keys(upstream.paths));
    expect(gateway.components.schemas).toEqual(upstream.components.schemas);
  });

  it('asks gateway callers for a Gatehouse key, never for the upstream credential', () => {
    expect(gateway.servers).toEqual([{ url: '/apis/orders' }]);
    expect(gateway.security).toEqual([{ gatehouseKey: [] }]);
    expect(JSON.stringify(gateway)).not.toContain('x-upstream-key');
    expect(upstream.security).toEqual([{ upstreamKey: [] }]);
  });

  it('derives the order schema from the zod schema the upstream validates with', () => {
    const order = gateway.components.schemas.CreateOrder as { required?: string[] };
    expect(order.required).toEqual(expect.arrayContaining(['customerId', 'items']));
  });
});
