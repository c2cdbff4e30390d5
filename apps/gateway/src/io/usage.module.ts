import { Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { createPrismaClient } from '@gatehouse/db';
import { createRedisClient } from '@gatehouse/service-kit';
import { bullmqPrefix } from '@gatehouse/shared';
import type { Logger } from 'pino';
import type { GatewayEnv } from '../env.js';
import { GATEWAY_ENV, LOGGER } from '../tokens.js';
import { UsageDatabaseTransport } from './usage-database-transport.js';
import { UsageQueueTransport } from './usage-queue-transport.js';
import { UsageSink, type UsageTransport } from './usage-sink.js';

// The env the sink reads.
export type UsageEnv = Pick<
  GatewayEnv,
  | 'SINGLE_NODE'
  | 'REDIS_URL'
  | 'REDIS_KEY_PREFIX'
  | 'DATABASE_URL'
  | 'USAGE_BATCH_SIZE'
  | 'USAGE_FLUSH_INTERVAL_MS'
  | 'USAGE_BUFFER_MAX'
>;

function createUsageTransport(env: UsageEnv, logger: Logger): UsageTransport {
  if (env.SINGLE_NODE) {
    logger.info('usage: single-node mode, ledger batches are written straight to Postgres');
    // Its own small pool: ledger writes never wait behind snapshot rebuilds, nor they behind it.
    const prisma = createPrismaClient(env.DATABASE_URL, {
      maxConnections: 2,
      applicationName: 'gatehouse-gateway-usage',
    });
    return new UsageDatabaseTransport(prisma, logger, true);
  }
  const client = createRedisClient(env.REDIS_URL, 'commands');
  // Outages reach the sink as failed sends (logged once per outage there), not per retry here.
  client.on('error', () => undefined);
  client.connect().catch(() => undefined);
  return new UsageQueueTransport(client, bullmqPrefix(env.REDIS_KEY_PREFIX), logger);
}

/** The process's usage sink, configured from env (BullMQ, or Postgres in single-node mode). */
export function createUsageSink(env: UsageEnv, logger: Logger): UsageSink {
  return new UsageSink(createUsageTransport(env, logger), {
    batchSize: env.USAGE_BATCH_SIZE,
    flushIntervalMs: env.USAGE_FLUSH_INTERVAL_MS,
    bufferMax: env.USAGE_BUFFER_MAX,
    logger,
  });
}

/** Flushes the sink when the app shuts down (after the HTTP server stopped taking requests). */
@Injectable()
export class UsageSinkShutdown implements OnApplicationShutdown {
  constructor(
    @Inject(UsageSink) private readonly sink: UsageSink,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  onApplicationShutdown(): Promise<void> {
    return this.sink.close(this.env.USAGE_SHUTDOWN_TIMEOUT_MS);
  }
}

/**
 * Provides `UsageSink` (inject it by class). Needs GATEWAY_ENV and LOGGER from the (global) root
 * module: `imports: [UsageModule]` in AppModule.forRoot.
 */
@Module({
  providers: [
    {
      provide: UsageSink,
      useFactory: (env: UsageEnv, logger: Logger) => createUsageSink(env, logger),
      inject: [GATEWAY_ENV, LOGGER],
    },
    UsageSinkShutdown,
  ],
  exports: [UsageSink],
})
export class UsageModule {}
