import { z } from 'zod';
import { paginationQuerySchema } from '../../../http/pagination.js';
import { microsSchema, moneyOutSchema } from '../../resource-support/money.js';
import { pageSchema, queryBoolean, timestamp, uuid } from '../../resource-support/page-schema.js';

const SCOPES = ['ORG', 'TEAM', 'APPLICATION', 'API_KEY'] as const;
const PERIODS = ['DAY', 'WEEK', 'MONTH'] as const;

const limits = {
  amountMicros: microsSchema.nullable().describe('spend limit in micro-dollars'),
  tokenLimit: microsSchema.nullable().describe('token limit (integer, string or number)'),
  requestLimit: z.number().int().min(1).max(2_000_000_000).nullable(),
};

const settings = {
  name: z.string().trim().min(1).max(100),
  period: z.enum(PERIODS),
  alignment: z.enum(['CALENDAR', 'ROLLING']),
  mode: z.enum(['HARD', 'SOFT']).describe('HARD refuses over budget; SOFT only alerts'),
  alertThresholds: z
    .array(z.number().int().min(1).max(1000))
    .max(10)
    .refine((a) => new Set(a).size === a.length, 'thresholds must be distinct')
    .describe('percentages of the limit that raise an alert'),
  enabled: z.boolean(),
};

export const createBudgetSchema = z.strictObject({
  name: settings.name,
  scope: z.enum(SCOPES),
  teamId: uuid.nullable().optional().describe('required for TEAM'),
  applicationId: uuid.nullable().optional().describe('required for APPLICATION'),
  apiKeyId: uuid.nullable().optional().describe('required for API_KEY'),
  amountMicros: limits.amountMicros.default(null),
  tokenLimit: limits.tokenLimit.default(null),
  requestLimit: limits.requestLimit.default(null),
  period: settings.period.default('MONTH'),
  alignment: settings.alignment.default('CALENDAR'),
  mode: settings.mode.default('SOFT'),
  alertThresholds: settings.alertThresholds.default([50, 80, 100]),
  enabled: settings.enabled.default(true),
});

// Scope and target are fixed at creation: a budget for something else is a new budget.
export const updateBudgetSchema = z.strictObject({ ...settings, ...limits }).partial();

export const listBudgetsQuerySchema = paginationQuerySchema.extend({
  scope: z.enum(SCOPES).optional(),
  teamId: uuid.optional(),
  applicationId: uuid.optional(),
  enabled: queryBoolean.optional(),
});

export type CreateBudgetInput = z.infer<typeof createBudgetSchema>;
export type UpdateBudgetInput = z.infer<typeof updateBudgetSchema>;
export type ListBudgetsQuery = z.infer<typeof listBudgetsQuerySchema>;

export const budgetSchema = z.object({
  id: z.string(),
  name: z.string(),
  scope: z.enum(SCOPES),
  teamId: z.string().nullable(),
  applicationId: z.string().nullable(),
  apiKeyId: z.string().nullable(),
  amount: moneyOutSchema.nullable(),
  tokenLimit: z.string().nullable(),
  requestLimit: z.number().nullable(),
  period: z.enum(PERIODS),
  alignment: z.enum(['CALENDAR', 'ROLLING']),
  mode: z.enum(['HARD', 'SOFT']),
  alertThresholds: z.array(z.number()),
  enabled: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const budgetPageSchema = pageSchema(budgetSchema);
