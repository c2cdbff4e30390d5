import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createFastifyApp } from '@gatehouse/service-kit';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import type { AdminApiEnv } from './env.js';
import { ApiExceptionFilter } from './http/errors/api-exception.filter.js';

// Config imports and OpenAPI documents can be large; 10 MB is generous for JSON/YAML.
const BODY_LIMIT_BYTES = 10 * 1024 * 1024;

/** Builds and initialises the admin API without listening, so tests can use `inject`. */
export function createAdminApp(env: AdminApiEnv, logger: Logger): Promise<NestFastifyApplication> {
  return createFastifyApp({
    module: AppModule.forRoot(env, logger),
    logger,
    bodyLimitBytes: BODY_LIMIT_BYTES,
    exceptionFilter: new ApiExceptionFilter(logger),
  });
}
