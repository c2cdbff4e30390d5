import { createRandom } from '../core/hash-text.js';
import { ORDER_STATUSES, type CreateOrder, type Order } from '@gatehouse/shared';

export const SEED_ORDER_COUNT = 57;
// Seeded orders are dated from a fixed instant so every run lists the same data.
const SEED_EPOCH = Date.UTC(2026, 0, 1);
const HOUR = 3_600_000;

export const orderId = (n: number): string => `ord_${String(n).padStart(4, '0')}`;

export function totalOf(items: Order['items']): number {
  return items.reduce((sum, item) => sum + item.quantity * item.unitPriceCents, 0);
}

/** The deterministic seed data of the orders service. */
export function seedOrders(count = SEED_ORDER_COUNT): Order[] {
  const random = createRandom(42);
  return Array.from({ length: count }, (_, i) => {
    const items = Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
      sku: `SKU-${String(1 + Math.floor(random() * 40)).padStart(4, '0')}`,
      quantity: 1 + Math.floor(random() * 5),
      unitPriceCents: 499 + Math.floor(random() * 200) * 50,
    }));
    return {
      id: orderId(i + 1),
      customerId: `cus_${String(1 + Math.floor(random() * 12)).padStart(4, '0')}`,
      status: ORDER_STATUSES[Math.floor(random() * ORDER_STATUSES.length)] ?? 'pending',
      currency: 'USD',
      items,
      totalCents: totalOf(items),
      createdAt: new Date(SEED_EPOCH + i * HOUR).toISOString(),
    };
  });
}

/** A new order from a validated create body. */
export function createOrder(input: CreateOrder, sequence: number, now: number): Order {
  return {
    id: orderId(sequence),
    customerId: input.customerId,
    status: 'pending',
    currency: input.currency,
    items: input.items,
    totalCents: totalOf(input.items),
    createdAt: new Date(now).toISOString(),
  };
}

export type OrdersPage = {
  data: Order[];
  page: number;
  pageSize: number;
  total: number;
  nextPage: number | null;
};

export function paginateOrders(
  orders: Order[],
  query: { page: number; pageSize: number; status?: Order['status'] },
): OrdersPage {
  const filtered =
    query.status === undefined ? orders : orders.filter((o) => o.status === query.status);
  const start = (query.page - 1) * query.pageSize;
  const data = filtered.slice(start, start + query.pageSize);
  const nextPage = start + query.pageSize < filtered.length ? query.page + 1 : null;
  return { data, page: query.page, pageSize: query.pageSize, total: filtered.length, nextPage };
}
