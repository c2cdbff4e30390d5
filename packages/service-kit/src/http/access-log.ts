import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';

/** One line per finished request. The path only: query strings may carry secrets. */
export function installAccessLog(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const path = request.url.split('?', 1)[0];
    logger.info(
      {
        reqId: request.id,
        method: request.method,
        path,
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime),
      },
      'request completed',
    );
    done();
  });
}
