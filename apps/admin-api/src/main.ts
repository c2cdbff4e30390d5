import { createAdminApp } from './create-admin-app.js';
import { parseAdminApiEnv } from './env.js';
import { createLogger } from '@gatehouse/service-kit';

async function main(): Promise<void> {
  const parsed = parseAdminApiEnv(process.env);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    process.exit(1);
  }
  const { env } = parsed;
  const logger = createLogger('admin-api', env.LOG_LEVEL);
  const app = await createAdminApp(env, logger);
  // SIGTERM/SIGINT: stop accepting, finish in-flight requests, close Postgres and Redis, exit.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  await app.listen({ port: env.ADMIN_API_PORT, host: env.ADMIN_API_HOST });
  logger.info(
    {
      port: env.ADMIN_API_PORT,
      host: env.ADMIN_API_HOST,
      mode: env.SINGLE_NODE ? 'single-node' : 'redis',
    },
    `admin-api listening on http://${env.ADMIN_API_HOST}:${env.ADMIN_API_PORT}`,
  );
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`admin-api: failed to start: ${message}\n`);
  process.exit(1);
});
