import { createGatewayApp } from './create-gateway-app.js';
import { parseGatewayEnv } from './env.js';
import { createLogger } from '@gatehouse/service-kit';

async function main(): Promise<void> {
  const parsed = parseGatewayEnv(process.env);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    process.exit(1);
  }
  const { env } = parsed;
  const logger = createLogger('gateway', env.LOG_LEVEL);
  const app = await createGatewayApp(env, logger);
  // SIGTERM/SIGINT: stop accepting, finish in-flight requests, close Redis, then exit.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  await app.listen({ port: env.GATEWAY_PORT, host: env.GATEWAY_HOST });
  logger.info(
    {
      port: env.GATEWAY_PORT,
      host: env.GATEWAY_HOST,
      mode: env.SINGLE_NODE ? 'single-node' : 'redis',
    },
    `gateway listening on http://${env.GATEWAY_HOST}:${env.GATEWAY_PORT}`,
  );
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`gateway: failed to start: ${message}\n`);
  process.exit(1);
});
