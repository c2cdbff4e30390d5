import { z } from 'zod';
import {
  booleanFlagSchema,
  logLevelSchema,
  parseEnv,
  portSchema,
  urlSchema,
  type EnvResult,
} from '@gatehouse/shared';

export const gatewayEnvSchema = z.object({
  GATEWAY_PORT: portSchema.default(8080),
  GATEWAY_HOST: z.string().min(1).default('0.0.0.0'),
  REDIS_URL: urlSchema('redis', 'rediss').default('redis://127.0.0.1:6379'),
  // Single-node mode: no Redis at all; limits, cache and usage stay in this process.
  SINGLE_NODE: booleanFlagSchema.default(false),
  LOG_LEVEL: logLevelSchema.default('info'),
  // Usage ledger buffer (io/usage-sink.ts): batch by size or age; events held while Redis
  // (or, single-node, Postgres) is away; how long shutdown may spend flushing.
  USAGE_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(500),
  USAGE_FLUSH_INTERVAL_MS: z.coerce.number().int().min(1).max(60_000).default(200),
  USAGE_BUFFER_MAX: z.coerce.number().int().min(1).max(10_000_000).default(100_000),
  USAGE_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
});

export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

export type GatewayEnvResult = EnvResult<GatewayEnv>;

/** Parses the gateway's environment; an empty variable counts as unset so defaults apply. */
export function parseGatewayEnv(source: Record<string, string | undefined>): GatewayEnvResult {
  return parseEnv('gateway', gatewayEnvSchema, source);
}
