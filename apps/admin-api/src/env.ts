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

const optionalUrl = z.url({ protocol: /^https?$/ }).optional();

export const signupModeSchema = z.enum(['invite', 'domain', 'invite_or_domain']);
export type SignupMode = z.infer<typeof signupModeSchema>;

const baseSchema = z.object({
  ADMIN_API_PORT: portSchema.default(3001),
  ADMIN_API_HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: urlSchema('postgres', 'postgresql'),
  REDIS_URL: urlSchema('redis', 'rediss').default('redis://127.0.0.1:6379'),
  // Single-node mode: no Redis; config changes are not broadcast and jobs run in process.
  SINGLE_NODE: booleanFlagSchema.default(false),
  LOG_LEVEL: logLevelSchema.default('info'),
  // Prefix of every Redis key and channel of this deployment (tests, shared Redis).
  REDIS_KEY_PREFIX: z.string().default(''),
  // Usage ledger jobs (BullMQ batches of events) one worker process writes at a time.
  USAGE_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  // AES-256-GCM key sealing provider credentials at rest.
  ENCRYPTION_KEY: encryptionKeySchema,
  // HS256 key of session JWTs; `npm start` generates one.
  AUTH_JWT_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }),
  AUTH_SESSION_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3600),
  // Who may sign up: invited e-mails, e-mails of the org's allowed domains, or either.
  SIGNUP_MODE: signupModeSchema.default('invite_or_domain'),
  // Optional OIDC login (authorization code + PKCE); all four or none.
  OIDC_ISSUER: optionalUrl,
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URL: optionalUrl,
  // Where developers call the gateway (shown in docs and key creation responses).
  GATEWAY_PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:8080'),
});

const OIDC_VARS = [
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_REDIRECT_URL',
] as const;

export const adminApiEnvSchema = baseSchema.superRefine((env, ctx) => {
  const set = OIDC_VARS.filter((name) => env[name] !== undefined);
  if (set.length === 0 || set.length === OIDC_VARS.length) return;
  for (const name of OIDC_VARS.filter((n) => env[n] === undefined))
    ctx.addIssue({
      code: 'custom',
      path: [name],
      message: `is required when ${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set (OIDC needs all four)`,
    });
});

export type AdminApiEnv = z.infer<typeof adminApiEnvSchema>;

/** The OIDC settings when OIDC login is configured (all four variables set). */
export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUrl: string;
};

export function oidcSettings(env: AdminApiEnv): OidcSettings | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URL } = env;
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET || !OIDC_REDIRECT_URL) return null;
  return {
    issuer: OIDC_ISSUER,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    redirectUrl: OIDC_REDIRECT_URL,
  };
}

export type AdminApiEnvResult = EnvResult<AdminApiEnv>;

/** Parses admin-api's environment (API and workers share it); empty counts as unset. */
export function parseAdminApiEnv(
  source: Record<string, string | undefined>,
  service = 'admin-api',
): AdminApiEnvResult {
  return parseEnv(service, adminApiEnvSchema, source);
}
