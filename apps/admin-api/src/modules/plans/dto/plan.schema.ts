import { z } from 'zod';
import { paginationQuerySchema } from '../../../http/pagination.js';
import { microsSchema, moneyOutSchema } from '../../resource-support/money.js';
import { pageSchema, timestamp, uuid } from '../../resource-support/page-schema.js';

const PERIODS = ['DAY', 'WEEK', 'MONTH'] as const;
const perMinute = z.number().int().min(1).max(1_000_000_000);
const limit = perMinute.nullable();

const modelLimitsSchema = z
  .record(
    z.string().min(1).max(200),
    // No nulls: the gateway's snapshot reads each limit as a positive integer or absent.
    z.strictObject({
      requestsPerMinute: perMinute.optional(),
      tokensPerMinute: perMinute.optional(),
    }),
  )
  .describe('per-model limits: { "gpt-4o": { "requestsPerMinute": 60 } }');

const fields = {
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and dashes'),
  name: z.string().trim().min(1).max(100),
  description: z.string().max(2000),
  requestsPerMinute: limit,
  tokensPerMinute: limit,
  modelLimits: modelLimitsSchema,
  requestQuota: limit.describe('requests per quota period'),
  tokenQuota: microsSchema
    .nullable()
    .describe('tokens per quota period (integer, string or number)'),
  quotaPeriod: z.enum(PERIODS),
  budgetMicros: microsSchema.nullable().describe('spend per budget period in micro-dollars'),
  budgetPeriod: z.enum(PERIODS),
  budgetMode: z.enum(['HARD', 'SOFT']),
  overage: z
    .enum(['BLOCK', 'ALLOW', 'DOWNGRADE'])
    .describe('over a hard limit: refuse, let through, or switch to downgradeModelId'),
  downgradeModelId: uuid.nullable(),
  allowedModels: z.array(z.string().min(1).max(200)).max(200).describe('empty = every model'),
  priceMonthlyMicros: microsSchema,
  isPublic: z.boolean().describe('shown to developers in the catalog'),
};

export const createPlanSchema = z.strictObject({
  slug: fields.slug,
  name: fields.name,
  description: fields.description.default(''),
  requestsPerMinute: fields.requestsPerMinute.default(null),
  tokensPerMinute: fields.tokensPerMinute.default(null),
  modelLimits: fields.modelLimits.default({}),
  requestQuota: fields.requestQuota.default(null),
  tokenQuota: fields.tokenQuota.default(null),
  quotaPeriod: fields.quotaPeriod.default('MONTH'),
  budgetMicros: fields.budgetMicros.default(null),
  budgetPeriod: fields.budgetPeriod.default('MONTH'),
  budgetMode: fields.budgetMode.default('HARD'),
  overage: fields.overage.default('BLOCK'),
  downgradeModelId: fields.downgradeModelId.default(null),
  allowedModels: fields.allowedModels.default([]),
  priceMonthlyMicros: fields.priceMonthlyMicros.default('0'),
  isPublic: fields.isPublic.default(true),
});

export const updatePlanSchema = z.strictObject(fields).partial();

export const listPlansQuerySchema = paginationQuerySchema;

export type CreatePlanInput = z.infer<typeof createPlanSchema>;
export type UpdatePlanInput = z.infer<typeof updatePlanSchema>;
export type ListPlansQuery = z.infer<typeof listPlansQuerySchema>;

export const planSchema = z.object({
  id: z.string(),
  productId: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  requestsPerMinute: z.number().nullable(),
  tokensPerMinute: z.number().nullable(),
  modelLimits: z.record(z.string(), z.unknown()),
  requestQuota: z.number().nullable(),
  tokenQuota: z.string().nullable(),
  quotaPeriod: z.enum(PERIODS),
  budget: moneyOutSchema.nullable(),
  budgetPeriod: z.enum(PERIODS),
  budgetMode: z.enum(['HARD', 'SOFT']),
  overage: z.enum(['BLOCK', 'ALLOW', 'DOWNGRADE']),
  downgradeModelId: z.string().nullable(),
  allowedModels: z.array(z.string()),
  priceMonthly: moneyOutSchema,
  isPublic: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const planPageSchema = pageSchema(planSchema);
