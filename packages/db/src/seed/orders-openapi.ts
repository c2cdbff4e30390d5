// The Orders API product's OpenAPI 3.1 document, as callers see it through the gateway. The
// paths and schemas are those of apps/mock-provider's orders service
// (apps/mock-provider/src/rest/build-orders-openapi.ts, served at /rest/openapi.json); only
// servers and security differ: callers use /apis/orders with their gh_ key, and the gateway adds
// the upstream's x-upstream-key itself (ORDERS_UPSTREAM_CREDENTIALS). Keep the paths in step.
import type { Prisma } from '../generated/prisma/client.js';

/** Path of the mock's orders service, appended to MOCK_PROVIDER_URL for the route target. */
export const ORDERS_UPSTREAM_PATH = '/rest';

/** Header → value the gateway adds when calling the orders upstream (stored encrypted). */
export const ORDERS_UPSTREAM_CREDENTIALS = { 'x-upstream-key': 'mock-orders-key' };

export const ORDERS_OPENAPI: Prisma.InputJsonObject = {
  openapi: '3.1.0',
  info: {
    title: 'Orders API',
    version: '1.0.0',
    description:
      'Create, list and track customer orders. Served through the Gatehouse gateway; authenticate with your application key.',
  },
  servers: [
    {
      url: '/apis/orders',
    },
  ],
  security: [
    {
      gatehouseKey: [],
    },
  ],
  paths: {
    '/orders': {
      get: {
        operationId: 'listOrders',
        summary: 'List orders',
        parameters: [
          {
            name: 'page',
            in: 'query',
            schema: {
              type: 'integer',
              minimum: 1,
              default: 1,
            },
          },
          {
            name: 'pageSize',
            in: 'query',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 100,
              default: 20,
            },
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
          '200': {
            description: 'A page of orders',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/OrdersPage',
                },
              },
            },
          },
          '400': {
            description: 'Invalid query',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
          '401': {
            description: 'Missing or invalid API key',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
      post: {
        operationId: 'createOrder',
        summary: 'Create an order',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateOrder',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Order',
                },
              },
            },
          },
          '400': {
            description: 'Validation failed',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
          '401': {
            description: 'Missing or invalid API key',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
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
            schema: {
              type: 'string',
              pattern: '^ord_\\d{4,}$',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The order',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Order',
                },
              },
            },
          },
          '401': {
            description: 'Missing or invalid API key',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
          '404': {
            description: 'No such order',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      gatehouseKey: {
        type: 'http',
        scheme: 'bearer',
        description: 'A Gatehouse API key (gh_...)',
      },
    },
    schemas: {
      Order: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          customerId: {
            type: 'string',
          },
          status: {
            type: 'string',
            enum: ['pending', 'paid', 'shipped', 'delivered', 'cancelled'],
          },
          currency: {
            type: 'string',
            enum: ['USD', 'EUR', 'GBP'],
          },
          items: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                sku: {
                  type: 'string',
                  pattern: '^SKU-\\d{4}$',
                },
                quantity: {
                  type: 'integer',
                  minimum: 1,
                  maximum: 1000,
                },
                unitPriceCents: {
                  type: 'integer',
                  minimum: 0,
                  maximum: 10000000,
                },
              },
              required: ['sku', 'quantity', 'unitPriceCents'],
            },
          },
          totalCents: {
            type: 'integer',
            minimum: -9007199254740991,
            maximum: 9007199254740991,
          },
          createdAt: {
            type: 'string',
          },
        },
        required: ['id', 'customerId', 'status', 'currency', 'items', 'totalCents', 'createdAt'],
      },
      CreateOrder: {
        type: 'object',
        properties: {
          customerId: {
            type: 'string',
            pattern: '^cus_\\d{4}$',
          },
          currency: {
            default: 'USD',
            type: 'string',
            enum: ['USD', 'EUR', 'GBP'],
          },
          items: {
            minItems: 1,
            maxItems: 50,
            type: 'array',
            items: {
              type: 'object',
              properties: {
                sku: {
                  type: 'string',
                  pattern: '^SKU-\\d{4}$',
                },
                quantity: {
                  type: 'integer',
                  minimum: 1,
                  maximum: 1000,
                },
                unitPriceCents: {
                  type: 'integer',
                  minimum: 0,
                  maximum: 10000000,
                },
              },
              required: ['sku', 'quantity', 'unitPriceCents'],
            },
          },
        },
        required: ['customerId', 'items'],
        additionalProperties: false,
      },
      OrdersPage: {
        type: 'object',
        required: ['data', 'page', 'pageSize', 'total', 'nextPage'],
        properties: {
          data: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Order',
            },
          },
          page: {
            type: 'integer',
          },
          pageSize: {
            type: 'integer',
          },
          total: {
            type: 'integer',
          },
          nextPage: {
            type: ['integer', 'null'],
          },
        },
      },
      Error: {
        type: 'object',
        properties: {
          error: {
            type: 'object',
            properties: {
              code: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
              details: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    path: {
                      type: 'string',
                    },
                    message: {
                      type: 'string',
                    },
                  },
                  required: ['path', 'message'],
                },
              },
            },
            required: ['code', 'message'],
          },
        },
        required: ['error'],
      },
    },
  },
};
