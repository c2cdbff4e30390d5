import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { toApiError } from './to-api-error.js';
import { TooManyRequestsError } from './too-many-requests.error.js';

/** Every error leaves the admin API as `{"error":{"code","message"}}`, whatever threw it. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const { status, body, expected } = toApiError(exception);
    if (!expected) this.logger.error({ reqId: request.id, err: exception }, 'unhandled error');
    if (reply.sent) return;
    if (exception instanceof TooManyRequestsError)
      void reply.header('retry-after', String(exception.retryAfterSeconds));
    void reply.code(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}
