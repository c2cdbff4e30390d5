import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { createPromptCache } from './core/prompt-cache.js';
import { createFaultStore } from './faults/fault-store.js';
import { anthropicRoutes } from './http/anthropic.routes.js';
import { azureRoutes } from './http/azure.routes.js';
import { controlRoutes } from './http/control.routes.js';
import { geminiRoutes } from './http/gemini.routes.js';
import { mistralRoutes } from './http/mistral.routes.js';
import { openAiRoutes } from './http/openai.routes.js';
import { restRoutes } from './http/rest.routes.js';
import { createRequestLog } from './http/request-log.js';
import { defaultAcceptKey, type KeyCheck, type ServerContext } from './http/server-context.js';

export type MockProviderOptions = {
  /** Pino level; default "warn" so benchmarks and tests stay quiet. */
  logLevel?: string;
  /** Which API keys each vendor accepts; default: every non-empty key not starting with "invalid". */
  acceptKey?: KeyCheck;
  /** Clock in epoch milliseconds (default Date.now). */
  now?: () => number;
  /** How many recent requests /_control/requests keeps (default 200). */
  requestLogSize?: number;
};

const BODY_LIMIT = 32 * 1024 * 1024;

/** The mock provider as a Fastify instance, not yet listening (call `.listen()` or `.inject()`). */
export async function buildMockProvider(
  options: MockProviderOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'warn' },
    bodyLimit: BODY_LIMIT,
    // Per-request log lines cost throughput in benchmarks; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: false,
  });
  const context: ServerContext = {
    faults: createFaultStore(),
    acceptKey: options.acceptKey ?? defaultAcceptKey,
    now: options.now ?? Date.now,
    promptCache: createPromptCache(),
    requestLog: createRequestLog(options.requestLogSize ?? 200),
  };
  app.get('/healthz', async () => ({ status: 'ok' }));
  await app.register((scope) => controlRoutes(scope, context), { prefix: '/_control' });
  await app.register((scope) => openAiRoutes(scope, context), { prefix: '/openai/v1' });
  await app.register((scope) => azureRoutes(scope, context), { prefix: '/azure/openai' });
  await app.register((scope) => anthropicRoutes(scope, context), { prefix: '/anthropic/v1' });
  await app.register((scope) => geminiRoutes(scope, context), { prefix: '/gemini' });
  await app.register((scope) => mistralRoutes(scope, context), { prefix: '/mistral/v1' });
  await app.register((scope) => restRoutes(scope, context), { prefix: '/rest' });
  return app;
}
