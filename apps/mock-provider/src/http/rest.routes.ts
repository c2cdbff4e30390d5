import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import {
  buildOrdersOpenApi,
  createOrderSchema,
  listOrdersQuerySchema,
  type Order,
} from '@gatehouse/shared';
import { createOrder, paginateOrders, seedOrders } from '../rest/seed-orders.js';
import { randomId, type ServerContext } from './server-context.js';
import {
  headerValue,
  registerVendorKit,
  sendFailure,
  type HttpFailure,
  type VendorKit,
} from './vendor-kit.js';
import { sendJson } from './write-sse.js';

const STATUS_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  429: 'too_many_requests',
  500: 'internal_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'gateway_timeout',
};

const restError = (
  status: number,
  message?: string,
  details?: { path: string; message: string }[],
) => ({
  error: {
    code: STATUS_CODES[status] ?? `http_${status}`,
    message: message ?? `Request failed with status ${status}`,
    ...(details ? { details } : {}),
  },
});
const fail = (status: number, message: string): HttpFailure => ({
  status,
  body: restError(status, message),
});

function validationFailure(error: z.ZodError): HttpFailure {
  const details = error.issues.map((i) => ({
    path: i.path.map(String).join('.') || '(body)',
    message: i.message,
  }));
  return {
    status: 400,
    body: { error: { code: 'validation_failed', message: 'The request is invalid.', details } },
  };
}

// The OpenAPI document is public; everything else needs the upstream credential.
const PUBLIC_PATHS = new Set(['/rest/openapi.json']);

export function restKit(context: ServerContext): VendorKit {
  return {
    target: 'rest',
    statusError: (status, message) => restError(status, message),
    invalidJson: (detail) => fail(400, `Malformed JSON body: ${detail}`),
    notFound: (method, url) => fail(404, `No route for ${method} ${url}`),
    authenticate: (request) => {
      if (PUBLIC_PATHS.has(request.url.split('?')[0] ?? '')) return undefined;
      const key = headerValue(request, 'x-upstream-key');
      if (key === undefined || key === '') return fail(401, 'Missing x-upstream-key header.');
      return context.acceptKey(key, 'rest')
        ? undefined
        : fail(403, 'The x-upstream-key is not valid.');
    },
    responseHeaders: () => ({ 'x-request-id': randomId(20) }),
    // The orders service does not stream.
    streamErrorFrame: () => '',
  };
}

/** The orders service under `/rest`: list, get, create, and its OpenAPI document. */
export async function restRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  registerVendorKit(app, restKit(context), context);
  // Per server instance: orders created by one test never show up in another server.
  const orders: Order[] = seedOrders();
  app.get('/openapi.json', async (request) =>
    buildOrdersOpenApi(`${request.protocol}://${request.host}/rest`),
  );
  app.get('/orders', async (request, reply) => {
    const query = listOrdersQuerySchema.safeParse(request.query ?? {});
    if (!query.success) return sendFailure(reply, validationFailure(query.error));
    return sendJson(request, reply, paginateOrders(orders, query.data));
  });
  app.get<{ Params: { id: string } }>('/orders/:id', async (request, reply) => {
    const order = orders.find((o) => o.id === request.params.id);
    return order === undefined
      ? sendFailure(reply, fail(404, `Order ${request.params.id} not found.`))
      : sendJson(request, reply, order);
  });
  app.post('/orders', async (request, reply) => {
    const body = createOrderSchema.safeParse(request.body ?? {});
    if (!body.success) return sendFailure(reply, validationFailure(body.error));
    const order = createOrder(body.data, orders.length + 1, context.now());
    orders.push(order);
    void reply.header('location', `/rest/orders/${order.id}`);
    return sendJson(request, reply, order, 201);
  });
}
