import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

// Echo a caller's id only when it is short and plain, so it cannot smuggle anything into
// headers or logs; otherwise mint our own.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

/** The caller's request id when it is safe to echo, else a fresh one. */
export function pickRequestId(
  incoming: string | string[] | undefined,
  generate: () => string,
): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value !== undefined && SAFE_REQUEST_ID.test(value) ? value : generate();
}

/** Fastify `genReqId`: runs once per request, before routing. */
export function genRequestId(req: IncomingMessage): string {
  return pickRequestId(req.headers[REQUEST_ID_HEADER], randomUUID);
}

/** Puts the request id on every response, including 404s and parser errors. */
export function installRequestIdHeader(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
}
