import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { parseAdminApiEnv } from './env.js';
import { createLogger, PinoNestLogger } from '@gatehouse/service-kit';
import { WorkersModule } from './workers/workers.module.js';

async function main(): Promise<void> {
  const parsed = parseAdminApiEnv(process.env, 'admin-api-worker');
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    process.exit(1);
  }
  const { env } = parsed;
  const logger = createLogger('admin-api-worker', env.LOG_LEVEL);
  const app = await NestFactory.createApplicationContext(WorkersModule.forRoot(env, logger), {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  await app.init();
  logger.info({ mode: env.SINGLE_NODE ? 'single-node' : 'redis' }, 'workers ready');
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`admin-api-worker: failed to start: ${message}\n`);
  process.exit(1);
});
