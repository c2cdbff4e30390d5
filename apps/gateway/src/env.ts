import { z } from 'zod';
import {
  booleanFlagSchema,
  encryptionKeySchema,
  logLevelSchema,
  parseEnv,
  portSchema,
  urlSchema,
  type EnvResult,
} from '@gatehouse/shared';

/** How often the config versions are polled when Redis pub/sub carries the changes. */
export const CONFIG_POLL_INTERVAL_DEFAULT_MS = 10_000;
/**
 * Single-node mode has no pub/sub, so the poll alone must refuse a revoked key within a second:
 * 750 ms of interval leaves room for the debounce and the reload (tens of ms) inside it.
 */
export const CONFIG_POLL_INTERVAL_SINGLE_NODE_MS = 750;

const gatewayEnvObject = z.object({
  GATEWAY_PORT: portSchema.default(8080),
  GATEWAY_HOST: z.string().min(1).default('0.0.0.0'),
  REDIS_URL: urlSchema('redis', 'rediss').default('redis://127.0.0.1:6379'),
  // Single-node mode: no Redis at all; limits, cache and usage stay in this process.
  SINGLE_NODE: booleanFlagSchema.default(false),
  LOG_LEVEL: logLevelSchema.default('info'),
  // The policy snapshot is built from Postgres; provider credentials are opened with the key.
  DATABASE_URL: urlSchema('postgres', 'postgresql'),
  ENCRYPTION_KEY: encryptionKeySchema,
  // Prefix of every Redis key and channel (`<prefix>gatehouse:config`), as the admin API uses.
  REDIS_KEY_PREFIX: z.string().default(''),
  // Safety-net poll of the config versions; defaults by mode (see below).
  CONFIG_POLL_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).optional(),
  // Usage ledger buffer (io/usage-sink.ts): batch by size or age; events held while Redis
  // (or, single-node, Postgres) is away; how long shutdown may spend flushing.
  USAGE_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(500),
  USAGE_FLUSH_INTERVAL_MS: z.coerce.number().int().min(1).max(60_000).default(200),
  USAGE_BUFFER_MAX: z.coerce.number().int().min(1).max(10_000_000).default(100_000),
  USAGE_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
});

export const gatewayEnvSchema = gatewayEnvObject.transform((env) => ({
  ...env,
  CONFIG_POLL_INTERVAL_MS:
    env.CONFIG_POLL_INTERVAL_MS ??
    (env.SINGLE_NODE ? CONFIG_POLL_INTERVAL_SINGLE_NODE_MS : CONFIG_POLL_INTERVAL_DEFAULT_MS),
}));

export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

export type GatewayEnvResult = EnvResult<GatewayEnv>;

/** Parses the gateway's environment; an empty variable counts as unset so defaults apply. */
export function parseGatewayEnv(source: Record<string, string | undefined>): GatewayEnvResult {
  return parseEnv('gateway', gatewayEnvSchema, source);
}
