import { DEFAULT_ROTATION_OVERLAP_SECONDS, MAX_ROTATION_OVERLAP_SECONDS } from '@gatehouse/shared';
import { z } from 'zod';
import { paginationQuerySchema } from '../../../http/pagination.js';
import { pageSchema, timestamp, uuid } from '../../resource-support/page-schema.js';

const modelName = z.string().trim().min(1).max(200);
const scope = z.string().trim().min(1).max(100);
const expiresAt = z.iso.datetime({ offset: true }).describe('ISO 8601; omitted = never expires');

export const createApiKeySchema = z.strictObject({
  applicationId: uuid,
  name: z.string().trim().min(1).max(100),
  allowedModels: z.array(modelName).max(200).default([]).describe('empty = what the plans allow'),
  scopes: z.array(scope).max(50).default([]),
  expiresAt: expiresAt.optional(),
});

export const rotateApiKeySchema = z.strictObject({
  overlapSeconds: z
    .number()
    .int()
    .min(0)
    .max(MAX_ROTATION_OVERLAP_SECONDS)
    .default(DEFAULT_ROTATION_OVERLAP_SECONDS)
    .describe('how long the old key keeps working (default 24 h, at most 30 days)'),
  expiresAt: expiresAt.optional().describe('expiry of the new key; omitted = never'),
});

export const listApiKeysQuerySchema = paginationQuerySchema.extend({
  applicationId: uuid.optional(),
  status: z.enum(['ACTIVE', 'REVOKED']).optional(),
});

export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;
export type RotateApiKeyInput = z.infer<typeof rotateApiKeySchema>;
export type ListApiKeysQuery = z.infer<typeof listApiKeysQuerySchema>;

export const apiKeySchema = z.object({
  id: z.string(),
  applicationId: z.string(),
  name: z.string(),
  prefix: z.string().describe('first characters of the key, safe to show'),
  allowedModels: z.array(z.string()),
  scopes: z.array(z.string()),
  status: z.enum(['ACTIVE', 'REVOKED']),
  state: z.enum(['active', 'expired', 'revoked']).describe('status with expiry applied'),
  expiresAt: timestamp.nullable(),
  lastUsedAt: timestamp.nullable(),
  revokedAt: timestamp.nullable(),
  rotatedFromId: z.string().nullable(),
  createdAt: timestamp,
});

export const apiKeyPageSchema = pageSchema(apiKeySchema);

export const issuedApiKeySchema = z.object({
  key: apiKeySchema,
  secret: z.string().describe('the API key itself; shown once, never again'),
});

export const rotatedApiKeySchema = issuedApiKeySchema.extend({ previous: apiKeySchema });
