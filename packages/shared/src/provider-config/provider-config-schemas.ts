import { z } from 'zod';

/** Provider kinds (mirror the Prisma enum). */
export type ProviderKindName =
  'OPENAI' | 'AZURE_OPENAI' | 'ANTHROPIC' | 'GEMINI' | 'MISTRAL' | 'OPENAI_COMPATIBLE';

const apiKey = z.string().trim().min(1, 'must not be empty').max(4096);
const headerName = z.string().regex(/^[A-Za-z0-9-]{1,100}$/, 'must be an HTTP header name');
// Non-secret extra headers every kind may send upstream.
const extraHeaders = z.record(headerName, z.string().max(4096)).optional();

type KindConfig = {
  /** Secret part, stored encrypted and never returned. */
  credentials: z.ZodType<Record<string, unknown>>;
  /** Whether a provider of this kind works without credentials (a local vLLM or Ollama). */
  credentialsOptional: boolean;
  /** Non-secret settings, returned as written. */
  settings: z.ZodType<Record<string, unknown>>;
};

/**
 * Credentials and settings per provider kind. The gateway parses the decrypted credentials
 * with the same schema; a new kind joins with one entry.
 */
export const PROVIDER_CONFIG: Record<ProviderKindName, KindConfig> = {
  OPENAI: {
    credentials: z.strictObject({
      apiKey,
      organization: z.string().min(1).max(200).optional(),
      project: z.string().min(1).max(200).optional(),
    }),
    credentialsOptional: false,
    settings: z.strictObject({ headers: extraHeaders }),
  },
  AZURE_OPENAI: {
    credentials: z.strictObject({ apiKey }),
    credentialsOptional: false,
    settings: z.strictObject({
      apiVersion: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}(-preview)?$/, 'must look like 2024-10-21 or 2025-01-01-preview'),
      headers: extraHeaders,
    }),
  },
  ANTHROPIC: {
    credentials: z.strictObject({ apiKey }),
    credentialsOptional: false,
    settings: z.strictObject({
      anthropicVersion: z.string().min(1).max(40).optional(),
      headers: extraHeaders,
    }),
  },
  GEMINI: {
    credentials: z.strictObject({ apiKey }),
    credentialsOptional: false,
    settings: z.strictObject({ headers: extraHeaders }),
  },
  MISTRAL: {
    credentials: z.strictObject({ apiKey }),
    credentialsOptional: false,
    settings: z.strictObject({ headers: extraHeaders }),
  },
  OPENAI_COMPATIBLE: {
    credentials: z.strictObject({ apiKey: apiKey.optional() }),
    credentialsOptional: true,
    settings: z.strictObject({ headers: extraHeaders }),
  },
};

export type ProviderConfigIssue = { param: string; message: string };

/**
 * Checks a provider's credentials and settings against its kind. `credentials` undefined means
 * "unchanged/absent"; `hasStoredCredentials` says whether the row already holds some.
 */
export function checkProviderConfig(input: {
  kind: ProviderKindName;
  credentials: unknown;
  settings: unknown;
  hasStoredCredentials: boolean;
}): ProviderConfigIssue | null {
  const config = PROVIDER_CONFIG[input.kind];
  const settings = config.settings.safeParse(input.settings ?? {});
  if (!settings.success) return issueFrom('settings', settings.error);
  if (input.credentials === undefined || input.credentials === null) {
    const missing = !config.credentialsOptional && !input.hasStoredCredentials;
    return missing ? { param: 'credentials', message: `${input.kind} needs credentials` } : null;
  }
  const credentials = config.credentials.safeParse(input.credentials);
  return credentials.success ? null : issueFrom('credentials', credentials.error);
}

function issueFrom(root: string, error: z.ZodError): ProviderConfigIssue {
  const issue = error.issues[0];
  const path = [root, ...(issue?.path ?? []).map(String)].join('.');
  return { param: path, message: `${path}: ${issue?.message ?? 'is invalid'}` };
}
