import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import type { GatewayEnv } from './env.js';
import { installAccessLog } from '@gatehouse/service-kit';
import { OpenAiExceptionFilter } from './http/errors/openai-exception.filter.js';
import { genRequestId, installRequestIdHeader } from '@gatehouse/service-kit';
import { PinoNestLogger } from '@gatehouse/service-kit';

// Chat requests with long contexts and images are large; 20 MB matches common provider limits.
const BODY_LIMIT_BYTES = 20 * 1024 * 1024;

/** Builds and initialises the gateway without listening, so tests can use `inject`. */
export async function createGatewayApp(
  env: GatewayEnv,
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
    AppModule.forRoot({ env, logger }),
    adapter,
    {
      logger: new PinoNestLogger(logger),
      abortOnError: false,
    },
  );
  app.useGlobalFilters(new OpenAiExceptionFilter(logger));
  await app.init();
  return app;
}
