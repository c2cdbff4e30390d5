import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createFastifyApp } from '@gatehouse/service-kit';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import type { GatewayEnv } from './env.js';
import { OpenAiExceptionFilter } from './http/errors/openai-exception.filter.js';

// Chat requests with long contexts and images are large; 20 MB matches common provider limits.
const BODY_LIMIT_BYTES = 20 * 1024 * 1024;

/** Builds and initialises the gateway without listening, so tests can use `inject`. */
export function createGatewayApp(env: GatewayEnv, logger: Logger): Promise<NestFastifyApplication> {
  return createFastifyApp({
    module: AppModule.forRoot({ env, logger }),
    logger,
    bodyLimitBytes: BODY_LIMIT_BYTES,
    exceptionFilter: new OpenAiExceptionFilter(logger),
  });
}
