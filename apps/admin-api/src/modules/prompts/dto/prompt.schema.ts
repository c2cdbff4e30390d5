import {
  PROMPT_LABEL_NAME,
  promptLabelSplitSchema,
  promptMessageSchema,
  promptVariablesSchema,
  promptVersionInputSchema,
} from '@gatehouse/shared';
import { z } from 'zod';
import { paginationQuerySchema } from '../../../http/pagination.js';
import { pageSchema, timestamp } from '../../resource-support/page-schema.js';
import { instantSchema } from '../../usage/dto/usage.schema.js';

export const createPromptSchema = z.strictObject({
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and dashes')
    .describe('Used in the gateway path /v1/prompts/{slug}/completions'),
  name: z.string().trim().min(1).max(100),
  description: z.string().max(2000).default(''),
});

export const listPromptsQuerySchema = paginationQuerySchema.extend({
  q: z.string().max(100).optional().describe('slug or name contains (case-insensitive)'),
});

export const createPromptVersionSchema = promptVersionInputSchema;

export const labelNameSchema = z
  .string()
  .regex(PROMPT_LABEL_NAME, 'lowercase letters, digits and dashes, e.g. production');

export const setPromptLabelSchema = z.strictObject({ versions: promptLabelSplitSchema });

export const promptDiffQuerySchema = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

export const renderPromptSchema = z.strictObject({
  variables: z.record(z.string(), z.unknown()).default({}),
  version: z.number().int().min(1).optional(),
  label: labelNameSchema.optional(),
});

export const promptMetricsQuerySchema = z
  .object({
    from: instantSchema.describe('inclusive, ISO 8601 date or date-time'),
    to: instantSchema.describe('exclusive, ISO 8601 date or date-time'),
  })
  .refine((q) => Date.parse(q.from) < Date.parse(q.to), {
    message: 'from must be before to',
    path: ['to'],
  });

export type CreatePromptInput = z.infer<typeof createPromptSchema>;
export type ListPromptsQuery = z.infer<typeof listPromptsQuerySchema>;
export type SetPromptLabelInput = z.infer<typeof setPromptLabelSchema>;
export type RenderPromptInput = z.infer<typeof renderPromptSchema>;
export type PromptMetricsQuery = z.infer<typeof promptMetricsQuerySchema>;

const labelSplitOut = z.array(z.object({ version: z.number(), weight: z.number() }));

export const promptVersionSchema = z.object({
  id: z.string(),
  version: z.number(),
  messages: z.array(promptMessageSchema),
  variables: promptVariablesSchema,
  model: z.string().nullable(),
  parameters: z.record(z.string(), z.unknown()),
  changelog: z.string(),
  createdById: z.string().nullable(),
  createdAt: timestamp,
});

export const promptSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  latestVersion: z.number().nullable(),
  labels: z.record(z.string(), labelSplitOut),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const promptDetailSchema = promptSummarySchema.extend({
  versions: z.array(promptVersionSchema),
});

export const promptPageSchema = pageSchema(promptSummarySchema);

export const promptDiffSchema = z.object({
  from: z.number(),
  to: z.number(),
  changed: z.boolean(),
  sections: z.array(
    z.object({
      field: z.string(),
      changed: z.boolean(),
      lines: z.array(z.object({ op: z.enum(['equal', 'add', 'remove']), text: z.string() })),
    }),
  ),
  text: z.string(),
});

export const renderedPromptSchema = z.object({
  version: z.number(),
  label: z.string().nullable(),
  messages: z.array(promptMessageSchema),
  model: z.string().nullable(),
  parameters: z.record(z.string(), z.unknown()),
  variables: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
});

const moneyOut = z.object({ micros: z.string(), usd: z.string() });

export const promptMetricsSchema = z.object({
  from: timestamp,
  to: timestamp,
  bucket: z.enum(['HOUR', 'DAY']),
  versions: z.array(
    z.object({
      version: z.number(),
      versionId: z.string(),
      labels: z.array(z.string()),
      requests: z.number(),
      errors: z.number(),
      errorRate: z.number().nullable(),
      cost: moneyOut,
      costPerRequest: moneyOut.nullable(),
      inputTokens: z.string(),
      outputTokens: z.string(),
      latencyMs: z.object({
        avg: z.number().nullable(),
        p50: z.number().nullable(),
        p95: z.number().nullable(),
      }),
    }),
  ),
});
