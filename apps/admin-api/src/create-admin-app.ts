import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import type { AdminApiEnv } from './env.js';
import { installAccessLog } from '@gatehouse/service-kit';
import { ApiExceptionFilter } from './http/errors/api-exception.filter.js';
import { genRequestId, installRequestIdHeader } from '@gatehouse/service-kit';
import { PinoNestLogger } from '@gatehouse/service-kit';

// Config imports and OpenAPI documents can be large; 10 MB is generous for JSON/YAML.
const BODY_LIMIT_BYTES = 10 * 1024 * 1024;

/** Builds and initialises the admin API without listening, so tests can use `inject`. */
export async function createAdminApp(
  env: AdminApiEnv,
  logger: Logger,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger: false,
    requestIdHeader: false,
    genReqId: genRequestId,
    bodyLimit: BODY_LIMIT_BYTES,
  });
  const fastify = adapter.getInstance();
  installRequestIdHeader(fastify);
  installAccessLog(fastify, logger);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(env, logger),
    adapter,
    {
      logger: new PinoNestLogger(logger),
      abortOnError: false,
    },
  );
  app.useGlobalFilters(new ApiExceptionFilter(logger));
  await app.init();
  return app;
}
