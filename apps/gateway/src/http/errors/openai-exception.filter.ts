import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { toOpenAiError } from './to-openai-error.js';

/** Every error leaves the gateway in OpenAI's shape, whatever threw it. */
@Catch()
export class OpenAiExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const { status, body, expected } = toOpenAiError(exception);
    if (!expected) this.logger.error({ reqId: request.id, err: exception }, 'unhandled error');
    if (reply.sent) return;
    void reply.code(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}
