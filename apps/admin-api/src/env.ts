import { z } from 'zod';
import {
  booleanFlagSchema,
  logLevelSchema,
  parseEnv,
  portSchema,
  urlSchema,
  type EnvResult,
} from '@gatehouse/shared';

export const adminApiEnvSchema = z.object({
  ADMIN_API_PORT: portSchema.default(3001),
  ADMIN_API_HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: urlSchema('postgres', 'postgresql'),
  REDIS_URL: urlSchema('redis', 'rediss').default('redis://127.0.0.1:6379'),
  // Single-node mode: no Redis; config changes are not broadcast and jobs run in process.
  SINGLE_NODE: booleanFlagSchema.default(false),
  LOG_LEVEL: logLevelSchema.default('info'),
});

export type AdminApiEnv = z.infer<typeof adminApiEnvSchema>;

export type AdminApiEnvResult = EnvResult<AdminApiEnv>;

/** Parses admin-api's environment (API and workers share it); empty counts as unset. */
export function parseAdminApiEnv(
  source: Record<string, string | undefined>,
  service = 'admin-api',
): AdminApiEnvResult {
  return parseEnv(service, adminApiEnvSchema, source);
}
