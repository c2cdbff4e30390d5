import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { ApiProductsProxy } from './api-products/api-products-proxy.service.js';
import type { GatewayEnv } from './env.js';
import { HealthController } from './health/health.controller.js';
import { ChatCompletionsController } from './http/chat-completions.controller.js';
import { MessagesController } from './http/messages.controller.js';
import { MetricsController } from './http/metrics.controller.js';
import { ModelsController } from './http/models.controller.js';
import { PromptsController } from './http/prompts.controller.js';
import { GatewayMetrics } from './io/gateway-metrics.js';
import { JwtVerifier } from './io/jwt-verifier.js';
import { PolicySnapshotService } from './io/policy-snapshot.service.js';
import { RedisConnection } from './io/redis.js';
import { SnapshotModule } from './io/snapshot.module.js';
import { UpstreamHttp } from './io/upstream-http.js';
import { UsageModule } from './io/usage.module.js';
import { UsageSink } from './io/usage-sink.js';
import { GatewayRuntime } from './runtime/gateway-runtime.js';
import { registerRuntimeGauges } from './runtime/register-runtime-gauges.js';
import { GATEWAY_ENV, LOGGER } from './tokens.js';

export type GatewayModuleOptions = { env: GatewayEnv; logger: Logger };

function createRuntime(
  snapshots: PolicySnapshotService,
  sink: UsageSink,
  metrics: GatewayMetrics,
  upstream: UpstreamHttp,
  jwt: JwtVerifier,
): GatewayRuntime {
  registerRuntimeGauges(metrics, snapshots, sink);
  return new GatewayRuntime(snapshots, sink, metrics, {
    upstream,
    verifyJwt: (token) => jwt.verify(token),
    now: () => new Date(),
  });
}

/** Root module. Env and logger are built before Nest starts, so a bad env never gets this far. */
@Module({})
export class AppModule {
  static forRoot({ env, logger }: GatewayModuleOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [SnapshotModule, UsageModule],
      controllers: [
        HealthController,
        MetricsController,
        ChatCompletionsController,
        MessagesController,
        ModelsController,
        PromptsController,
      ],
      providers: [
        { provide: GATEWAY_ENV, useValue: env },
        { provide: LOGGER, useValue: logger },
        RedisConnection,
        UpstreamHttp,
        { provide: GatewayMetrics, useValue: new GatewayMetrics() },
        {
          provide: GatewayRuntime,
          useFactory: createRuntime,
          inject: [PolicySnapshotService, UsageSink, GatewayMetrics, UpstreamHttp, JwtVerifier],
        },
        ApiProductsProxy,
      ],
      exports: [GATEWAY_ENV, LOGGER, RedisConnection],
    };
  }
}
