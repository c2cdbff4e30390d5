import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { pickRequestId, REQUEST_ID_HEADER } from '@gatehouse/shared';
import type { FastifyInstance } from 'fastify';

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
