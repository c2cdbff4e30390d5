// The Orders API product's OpenAPI 3.1 document, as callers see it through the gateway. It is
// built by the same function that serves the mock upstream's own document (packages/shared
// orders-api), so paths and schemas cannot drift apart; only servers and security differ:
// callers use /apis/orders with their gh_ key, and the gateway adds the upstream's
// x-upstream-key itself (ORDERS_UPSTREAM_CREDENTIALS).
import { buildOrdersOpenApi } from '@gatehouse/shared';
import type { Prisma } from '../generated/prisma/client.js';

/** Path of the mock's orders service, appended to MOCK_PROVIDER_URL for the route target. */
export const ORDERS_UPSTREAM_PATH = '/rest';

/** Header → value the gateway adds when calling the orders upstream (stored encrypted). */
export const ORDERS_UPSTREAM_CREDENTIALS = { 'x-upstream-key': 'mock-orders-key' };

// A JSON round trip turns the generated document into plain JSON values, as Prisma stores them.
export const ORDERS_OPENAPI = JSON.parse(
  JSON.stringify(buildOrdersOpenApi('/apis/orders', 'gateway')),
) as Prisma.InputJsonObject;
