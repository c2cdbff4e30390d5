import type { Redis } from 'ioredis';
import { z } from 'zod';

/**
 * The Redis pub/sub channel on which the admin API announces configuration changes and gateways
 * listen to rebuild their policy snapshot. The key prefix keeps test runs and tenants of a shared
 * Redis apart (`gh-test-…:gatehouse:config`).
 */
export function configChannelName(prefix = ''): string {
  return `${prefix}gatehouse:config`;
}

/** What one message on the config channel says: this org's config version moved to `version`. */
export const configChangeMessageSchema = z.object({
  orgId: z.uuid(),
  /** ConfigVersion.version as a decimal string (a bigint in the database). */
  version: z.string().regex(/^\d+$/, { message: 'must be a decimal integer' }),
});

export type ConfigChangeMessage = z.infer<typeof configChangeMessageSchema>;

/**
 * Publishes a config change. Returns how many subscribers received it (0 is normal when no
 * gateway is running; gateways also poll the config version, so a lost message is only slower).
 */
export async function publishConfigChange(
  redis: Pick<Redis, 'publish'>,
  prefix: string,
  message: ConfigChangeMessage,
): Promise<number> {
  const checked = configChangeMessageSchema.parse(message);
  return redis.publish(configChannelName(prefix), JSON.stringify(checked));
}

/** Parses a raw channel payload; null when it is not JSON or not the documented shape. */
export function parseConfigChangeMessage(payload: string): ConfigChangeMessage | null {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const result = configChangeMessageSchema.safeParse(json);
  return result.success ? result.data : null;
}
