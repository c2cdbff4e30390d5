import { z } from 'zod';
import { createOrderSchema, errorSchema, orderSchema } from './order-schemas.js';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string) => ({ description, ...json(ref('Error')) });

/**
 * Who the document is for: the upstream itself (callers send its `x-upstream-key`), or callers of
 * the gateway's Orders API product (they send a Gatehouse key; the gateway adds the upstream's).
 */
export type OrdersApiAudience = 'upstream' | 'gateway';

const AUDIENCE = {
  upstream: {
    info: {
      title: 'Orders API (mock upstream)',
      description: 'A deterministic orders service for Gatehouse demos and tests.',
    },
    security: [{ upstreamKey: [] }],
    securitySchemes: { upstreamKey: { type: 'apiKey', in: 'header', name: 'x-upstream-key' } },
    unauthorized: 'Missing credential',
  },
  gateway: {
    info: {
      title: 'Orders API',
      description:
        'Create, list and track customer orders. Served through the Gatehouse gateway; authenticate with your application key.',
    },
    security: [{ gatehouseKey: [] }],
    securitySchemes: {
      gatehouseKey: { type: 'http', scheme: 'bearer', description: 'A Gatehouse API key (gh_...)' },
    },
    unauthorized: 'Missing or invalid API key',
  },
} as const;

/**
 * The orders service's OpenAPI 3.1 document; component schemas come from the zod schemas, so
 * the mock upstream's validation and the published document cannot drift apart.
 */
export function buildOrdersOpenApi(serverUrl: string, audience: OrdersApiAudience = 'upstream') {
  const { info, security, securitySchemes, unauthorized } = AUDIENCE[audience];
  const schema = (s: z.ZodType) => {
    const { $schema: _dialect, ...rest } = z.toJSONSchema(s, {
      target: 'draft-2020-12',
      io: 'input',
    });
    return rest;
  };
  return {
    openapi: '3.1.0',
    info: { ...info, version: '1.0.0' },
    servers: [{ url: serverUrl }],
    security,
    paths: {
      '/orders': {
        get: {
          operationId: 'listOrders',
          summary: 'List orders',
          parameters: [
            { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
            {
              name: 'pageSize',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
            },
            {
              name: 'status',
              in: 'query',
              schema: {
                type: 'string',
                enum: ['pending', 'paid', 'shipped', 'delivered', 'cancelled'],
              },
            },
          ],
          responses: {
            '200': { description: 'A page of orders', ...json(ref('OrdersPage')) },
            '400': errorResponse('Invalid query'),
            '401': errorResponse(unauthorized),
          },
        },
        post: {
          operationId: 'createOrder',
          summary: 'Create an order',
          requestBody: { required: true, ...json(ref('CreateOrder')) },
          responses: {
            '201': { description: 'Created', ...json(ref('Order')) },
            '400': errorResponse('Validation failed'),
            '401': errorResponse(unauthorized),
          },
        },
      },
      '/orders/{id}': {
        get: {
          operationId: 'getOrder',
          summary: 'Get an order by id',
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              schema: { type: 'string', pattern: '^ord_\\d{4,}$' },
            },
          ],
          responses: {
            '200': { description: 'The order', ...json(ref('Order')) },
            '404': errorResponse('No such order'),
            '401': errorResponse(unauthorized),
          },
        },
      },
    },
    components: {
      securitySchemes,
      schemas: {
        Order: schema(orderSchema),
        CreateOrder: schema(createOrderSchema),
        OrdersPage: {
          type: 'object',
          required: ['data', 'page', 'pageSize', 'total', 'nextPage'],
          properties: {
            data: { type: 'array', items: ref('Order') },
            page: { type: 'integer' },
            pageSize: { type: 'integer' },
            total: { type: 'integer' },
            nextPage: { type: ['integer', 'null'] },
          },
        },
        Error: schema(errorSchema),
      },
    },
  };
}
