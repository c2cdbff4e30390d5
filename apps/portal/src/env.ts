import { parseEnv, portSchema, urlSchema, type EnvResult } from '@gatehouse/shared';
import { z } from 'zod';

export const portalEnvSchema = z.object({
  PORTAL_PORT: portSchema.default(3000),
  PORTAL_HOST: z.string().min(1).default('0.0.0.0'),
  // Server-side only: the portal calls admin-api from the server, never from the browser.
  ADMIN_API_URL: urlSchema('http', 'https').default('http://127.0.0.1:3001'),
  // What developers point their SDKs at; shown in docs and snippets.
  GATEWAY_PUBLIC_URL: urlSchema('http', 'https').default('http://localhost:8080'),
});

export type PortalEnv = z.infer<typeof portalEnvSchema>;

export type PortalEnvResult = EnvResult<PortalEnv>;

/** Parses the portal's environment; an empty variable counts as unset so defaults apply. */
export function parsePortalEnv(source: Record<string, string | undefined>): PortalEnvResult {
  return parseEnv('portal', portalEnvSchema, source);
}
