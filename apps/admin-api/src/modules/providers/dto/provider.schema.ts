import { z } from 'zod';
import { paginationQuerySchema } from '../../../http/pagination.js';
import { pageSchema, queryBoolean, timestamp } from '../../resource-support/page-schema.js';

export const PROVIDER_KINDS = [
  'OPENAI',
  'AZURE_OPENAI',
  'ANTHROPIC',
  'GEMINI',
  'MISTRAL',
  'OPENAI_COMPATIBLE',
] as const;

const slug = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,62}$/,
    'lowercase letters, digits and dashes (used in provider/model)',
  );
const name = z.string().trim().min(1).max(100);
const baseUrl = z.url({ protocol: /^https?$/ }).max(2000);
const region = z.string().trim().min(1).max(50).nullable();
const credentials = z
  .record(z.string(), z.unknown())
  .nullable()
  .describe('write-only, checked per kind (e.g. { apiKey }); encrypted at rest, never returned');
const settings = z
  .record(z.string(), z.unknown())
  .describe('non-secret, per kind (AZURE_OPENAI needs { apiVersion }); optional { headers }');

export const createProviderSchema = z.strictObject({
  slug,
  name,
  kind: z.enum(PROVIDER_KINDS),
  baseUrl,
  region: region.default(null),
  credentials: credentials.optional(),
  settings: settings.default({}),
  enabled: z.boolean().default(true),
});

export const updateProviderSchema = z.strictObject({
  slug: slug.optional(),
  name: name.optional(),
  baseUrl: baseUrl.optional(),
  region: region.optional(),
  credentials: credentials.optional().describe('replaces the stored credentials; null clears them'),
  settings: settings.optional(),
  enabled: z.boolean().optional(),
});

export const listProvidersQuerySchema = paginationQuerySchema.extend({
  kind: z.enum(PROVIDER_KINDS).optional(),
  enabled: queryBoolean.optional(),
});

export type CreateProviderInput = z.infer<typeof createProviderSchema>;
export type UpdateProviderInput = z.infer<typeof updateProviderSchema>;
export type ListProvidersQuery = z.infer<typeof listProvidersQuerySchema>;

export const providerSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(PROVIDER_KINDS),
  baseUrl: z.string(),
  region: z.string().nullable(),
  settings: z.record(z.string(), z.unknown()),
  enabled: z.boolean(),
  hasCredentials: z.boolean().describe('credentials are stored (they are never returned)'),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const providerPageSchema = pageSchema(providerSchema);
