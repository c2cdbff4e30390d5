import {
  encryptionKeySchema,
  isWellFormedToken,
  parseEnv,
  urlSchema,
  type EnvResult,
} from '@gatehouse/shared';
import { z } from 'zod';

/** The documented demo password (README); override with SEED_ADMIN_PASSWORD anywhere that matters. */
export const DEFAULT_ADMIN_PASSWORD = 'gatehouse-demo';
export const DEFAULT_ADMIN_EMAIL = 'admin@acme.test';

const optional = (schema: z.ZodType<string>) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const apiKey = z
  .string()
  .refine(isWellFormedToken, { message: 'must be gh_ followed by 16+ letters and digits' });

export const seedEnvSchema = z.object({
  DATABASE_URL: urlSchema('postgres', 'postgresql'),
  ENCRYPTION_KEY: encryptionKeySchema,
  SEED_ADMIN_EMAIL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.email().default(DEFAULT_ADMIN_EMAIL),
  ),
  SEED_ADMIN_PASSWORD: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().min(8).default(DEFAULT_ADMIN_PASSWORD),
  ),
  SEED_DEMO_KEY: optional(apiKey),
  SEED_TRIAL_KEY: optional(apiKey),
  MOCK_PROVIDER_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    urlSchema('http', 'https').default('http://127.0.0.1:9090'),
  ),
});

export type SeedEnv = z.infer<typeof seedEnvSchema>;

/** The seed CLI's environment, checked once; a bad one yields one line naming every problem. */
export function parseSeedEnv(source: Record<string, string | undefined>): EnvResult<SeedEnv> {
  return parseEnv('seed', seedEnvSchema, source);
}
