import { z } from 'zod';
import { paginationQuerySchema } from '../../../http/pagination.js';
import { microsSchema } from '../../resource-support/money.js';
import { pageSchema, queryBoolean, timestamp, uuid } from '../../resource-support/page-schema.js';

// Public names and aliases: no "/" (reserved for `provider/model` names) and no spaces.
export const modelNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/, 'letters, digits and . _ : @ - (no "/")');

const positiveInt = z.number().int().positive();
const price = microsSchema.describe('micro-dollars per million tokens ("150000" = $0.15 / 1M)');

const fields = {
  upstreamId: z.string().trim().min(1).max(200).describe('provider model id or Azure deployment'),
  kind: z.enum(['CHAT', 'EMBEDDING']),
  inputPricePerMTokMicros: price,
  outputPricePerMTokMicros: price,
  cachedInputPricePerMTokMicros: price,
  contextWindow: positiveInt.max(100_000_000),
  maxOutputTokens: positiveInt.max(100_000_000).nullable(),
  supportsTools: z.boolean(),
  supportsVision: z.boolean(),
  supportsStreaming: z.boolean(),
  embeddingDimensions: positiveInt.max(100_000).nullable(),
  region: z.string().trim().min(1).max(50).nullable().describe('null = the provider’s region'),
  timeoutMs: positiveInt.max(3_600_000).nullable(),
  enabled: z.boolean(),
  aliases: z
    .array(modelNameSchema)
    .max(20)
    .refine((a) => new Set(a).size === a.length, 'aliases must be distinct')
    .describe('other names resolving to this model; unique per organization'),
};

export const createModelSchema = z.strictObject({
  providerId: uuid,
  publicName: modelNameSchema,
  upstreamId: fields.upstreamId,
  kind: fields.kind.default('CHAT'),
  inputPricePerMTokMicros: price,
  outputPricePerMTokMicros: price,
  cachedInputPricePerMTokMicros: price.default('0'),
  contextWindow: fields.contextWindow,
  maxOutputTokens: fields.maxOutputTokens.default(null),
  supportsTools: fields.supportsTools.default(true),
  supportsVision: fields.supportsVision.default(false),
  supportsStreaming: fields.supportsStreaming.default(true),
  embeddingDimensions: fields.embeddingDimensions.default(null),
  region: fields.region.default(null),
  timeoutMs: fields.timeoutMs.default(null),
  enabled: fields.enabled.default(true),
  aliases: fields.aliases.default([]),
});

export const updateModelSchema = z
  .strictObject({ publicName: modelNameSchema, ...fields })
  .partial();

export const listModelsQuerySchema = paginationQuerySchema.extend({
  providerId: uuid.optional(),
  kind: fields.kind.optional(),
  enabled: queryBoolean.optional(),
  q: z.string().max(100).optional().describe('public name contains'),
});

export type CreateModelInput = z.infer<typeof createModelSchema>;
export type UpdateModelInput = z.infer<typeof updateModelSchema>;
export type ListModelsQuery = z.infer<typeof listModelsQuerySchema>;

export const modelSchema = z.object({
  id: z.string(),
  providerId: z.string(),
  providerSlug: z.string(),
  publicName: z.string(),
  upstreamId: z.string(),
  kind: fields.kind,
  inputPricePerMTokMicros: z.string(),
  inputPricePerMTokUsd: z.string(),
  outputPricePerMTokMicros: z.string(),
  outputPricePerMTokUsd: z.string(),
  cachedInputPricePerMTokMicros: z.string(),
  cachedInputPricePerMTokUsd: z.string(),
  contextWindow: z.number(),
  maxOutputTokens: z.number().nullable(),
  supportsTools: z.boolean(),
  supportsVision: z.boolean(),
  supportsStreaming: z.boolean(),
  embeddingDimensions: z.number().nullable(),
  region: z.string().nullable(),
  timeoutMs: z.number().nullable(),
  enabled: z.boolean(),
  aliases: z.array(z.string()),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const modelPageSchema = pageSchema(modelSchema);
