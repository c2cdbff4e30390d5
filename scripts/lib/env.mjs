// Env read by `npm start` (and the e2e harness), validated once with zod: one clear line on error.
import { z } from 'zod';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/gatehouse';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
export const LOG_LEVELS = /** @type {const} */ ([
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
]);

/** True for a 32-byte key written as 64 hex digits or as base64. */
export function isEncryptionKey(/** @type {string} */ value) {
  if (/^[0-9a-fA-F]{64}$/.test(value)) return true;
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return false;
  return Buffer.from(value, 'base64').length === 32;
}

const port = z.coerce.number().int().min(1).max(65535);
const url = (/** @type {string[]} */ ...protocols) =>
  z.url({ protocol: new RegExp(`^(${protocols.join('|')})$`) });
const optionalBool = z.enum(['true', 'false']).optional();

export const startEnvSchema = z.object({
  DATABASE_URL: url('postgres', 'postgresql').default(DEFAULT_DATABASE_URL),
  REDIS_URL: url('redis', 'rediss').default(DEFAULT_REDIS_URL),
  GATEWAY_PORT: port.default(8080),
  ADMIN_API_PORT: port.default(3001),
  PORTAL_PORT: port.default(3000),
  MOCK_PROVIDER_PORT: port.default(9090),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  SINGLE_NODE: optionalBool,
  ENCRYPTION_KEY: z
    .string()
    .refine(isEncryptionKey, 'must be 32 bytes as base64 or 64 hex digits')
    .optional(),
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SEED_ADMIN_EMAIL: z.email().default('admin@acme.test'),
  SEED_ADMIN_PASSWORD: z.string().min(8).optional(),
  SEED_DEMO_KEY: z
    .string()
    .regex(/^gh_[A-Za-z0-9]{16,}$/, 'must look like gh_<16+ letters/digits>')
    .optional(),
  SEED_TRIAL_KEY: z
    .string()
    .regex(/^gh_[A-Za-z0-9]{16,}$/, 'must look like gh_<16+ letters/digits>')
    .optional(),
});

/** @typedef {z.infer<typeof startEnvSchema>} StartEnv */

/**
 * Parses the env `npm start` reads. Empty strings count as unset, like most process managers.
 * @param {Record<string, string | undefined>} source
 * @returns {{ ok: true, env: StartEnv } | { ok: false, message: string }}
 */
export function parseStartEnv(source) {
  /** @type {Record<string, string>} */
  const present = {};
  for (const key of Object.keys(startEnvSchema.shape)) {
    const value = source[key];
    if (value !== undefined && value !== '') present[key] = value;
  }
  const result = startEnvSchema.safeParse(present);
  if (result.success) return { ok: true, env: result.data };
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.');
    return `${name} is invalid (${issue.message})`;
  });
  return { ok: false, message: `start: bad environment: ${problems.join('; ')}` };
}
