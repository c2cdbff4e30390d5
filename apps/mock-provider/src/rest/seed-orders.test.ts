import { describe, expect, it } from 'vitest';
import { buildOrdersOpenApi } from '@gatehouse/shared';
import { createOrder, paginateOrders, seedOrders, SEED_ORDER_COUNT } from './seed-orders.js';

describe('seedOrders', () => {
  it('is deterministic with consistent totals', () => {
    const orders = seedOrders();
    expect(orders).toHaveLength(SEED_ORDER_COUNT);
    expect(seedOrders()).toEqual(orders);
    expect(orders[0]?.id).toBe('ord_0001');
    for (const o of orders)
      expect(o.totalCents).toBe(o.items.reduce((s, i) => s + i.quantity * i.unitPriceCents, 0));
  });
});

describe('paginateOrders', () => {
  it('pages and filters', () => {
    const orders = seedOrders();
    const last = paginateOrders(orders, { page: 3, pageSize: 25 });
    expect(last).toMatchObject({ page: 3, total: 57, nextPage: null });
    expect(last.data.map((o) => o.id)).toEqual([
      'ord_0051',
      'ord_0052',
      'ord_0053',
      'ord_0054',
      'ord_0055',
      'ord_0056',
      'ord_0057',
    ]);
    expect(paginateOrders(orders, { page: 1, pageSize: 25 }).nextPage).toBe(2);
    const paid = paginateOrders(orders, { page: 1, pageSize: 100, status: 'paid' });
    expect(paid.data.every((o) => o.status === 'paid')).toBe(true);
    expect(paid.total).toBe(orders.filter((o) => o.status === 'paid').length);
  });
});

describe('createOrder', () => {
  it('numbers the order and sums its items', () => {
    const order = createOrder(
      {
        customerId: 'cus_0001',
        currency: 'EUR',
        items: [{ sku: 'SKU-0001', quantity: 3, unitPriceCents: 250 }],
      },
      58,
      Date.UTC(2026, 5, 1),
    );
    expect(order).toMatchObject({
      id: 'ord_0058',
      status: 'pending',
      totalCents: 750,
      createdAt: '2026-06-01T00:00:00.000Z',
    });
  });
});

describe('buildOrdersOpenApi', () => {
  it('describes the three operations with JSON Schema components', () => {
    const doc = buildOrdersOpenApi('http://x/rest');
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(['/orders', '/orders/{id}']);
    expect(doc.components.schemas.CreateOrder).toMatchObject({
      type: 'object',
      required: ['customerId', 'items'],
    });
    expect('$schema' in doc.components.schemas.Order).toBe(false);
  });
});
