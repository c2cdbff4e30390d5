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

const apiKey = z
  .string()
  .refine(isWellFormedToken, { message: 'must be gh_ followed by 16+ letters and digits' });

export const seedEnvSchema = z.object({
  DATABASE_URL: urlSchema('postgres', 'postgresql'),
  ENCRYPTION_KEY: encryptionKeySchema,
  // parseEnv treats an empty variable as unset, so `SEED_DEMO_KEY=` means "generate one".
  SEED_ADMIN_EMAIL: z.email().default(DEFAULT_ADMIN_EMAIL),
  SEED_ADMIN_PASSWORD: z.string().min(8).default(DEFAULT_ADMIN_PASSWORD),
  SEED_DEMO_KEY: apiKey.optional(),
  SEED_TRIAL_KEY: apiKey.optional(),
  MOCK_PROVIDER_URL: urlSchema('http', 'https').default('http://127.0.0.1:9090'),
});

export type SeedEnv = z.infer<typeof seedEnvSchema>;

/** The seed CLI's environment, checked once; a bad one yields one line naming every problem. */
export function parseSeedEnv(source: Record<string, string | undefined>): EnvResult<SeedEnv> {
  return parseEnv('seed', seedEnvSchema, source);
}
