import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { toAnthropicError } from '@gatehouse/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { GatewayHttpError } from '../../pipeline/gateway-error.js';
import { toOpenAiError } from './to-openai-error.js';

// Callers of the Anthropic-format endpoint get Anthropic's error shape (its SDK reads it).
const ANTHROPIC_PATH = '/v1/messages';

/** Every error leaves the gateway in OpenAI's shape (Anthropic's on /v1/messages), whatever threw it. */
@Catch()
export class OpenAiExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const { status, body, expected } = toOpenAiError(exception);
    if (!expected) this.logger.error({ reqId: request.id, err: exception }, 'unhandled error');
    if (reply.sent || reply.raw.headersSent) return;
    if (exception instanceof GatewayHttpError) void reply.headers(exception.headers);
    const anthropic = request.url.split('?')[0] === ANTHROPIC_PATH;
    void reply
      .code(status)
      .header('content-type', 'application/json; charset=utf-8')
      .send(anthropic ? toAnthropicError(status, body.error.message).body : body);
  }
}
