import 'reflect-metadata';
import type { DynamicModule, ExceptionFilter } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { PinoNestLogger } from '../logging/pino-nest-logger.js';
import { installAccessLog } from './access-log.js';
import { genRequestId, installRequestIdHeader } from './request-id.js';

export type CreateFastifyAppOptions = {
  module: DynamicModule;
  logger: Logger;
  bodyLimitBytes: number;
  /** Renders every error in the service's documented shape. */
  exceptionFilter: ExceptionFilter;
};

/**
 * A Nest application on Fastify with the services' common plumbing: request ids on every
 * response, one access-log line per request, Nest's own logs in the same JSON stream. It is
 * initialised but not listening, so tests can use `inject`.
 */
export async function createFastifyApp(
  options: CreateFastifyAppOptions,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger: false,
    requestIdHeader: false,
    genReqId: genRequestId,
    bodyLimit: options.bodyLimitBytes,
  });
  const fastify = adapter.getInstance();
  installRequestIdHeader(fastify);
  installAccessLog(fastify, options.logger);
  const app = await NestFactory.create<NestFastifyApplication>(options.module, adapter, {
    logger: new PinoNestLogger(options.logger),
    abortOnError: false,
  });
  app.useGlobalFilters(options.exceptionFilter);
  await app.init();
  return app;
}
