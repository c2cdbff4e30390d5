import { parseEnv, portSchema, type EnvResult } from '@gatehouse/shared';
import { z } from 'zod';

export const mockProviderEnvSchema = z.object({
  MOCK_PROVIDER_PORT: portSchema.default(9090),
  MOCK_PROVIDER_HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
});

export type MockProviderEnv = z.infer<typeof mockProviderEnvSchema>;

export function readMockProviderEnv(
  source: Record<string, string | undefined>,
): EnvResult<MockProviderEnv> {
  return parseEnv('mock-provider', mockProviderEnvSchema, source);
}
