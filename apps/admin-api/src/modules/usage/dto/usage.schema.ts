import { z } from 'zod';
import { timestamp, uuid } from '../../resource-support/page-schema.js';
import { USAGE_GROUPS } from '../usage.repository.js';

/** An instant as an ISO 8601 date-time with offset, or a date (UTC midnight). */
export const instantSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
const instant = instantSchema;

const rangeSchema = z.object({
  from: instant.describe('inclusive, ISO 8601 (widened to the bucket start)'),
  to: instant.describe('exclusive, ISO 8601 (widened to the bucket end)'),
});

// Filters by id (uuid) or cost center (text).
const filterShape = {
  teamId: uuid.optional(),
  costCenter: z.string().min(1).max(100).optional(),
  applicationId: uuid.optional(),
  apiKeyId: uuid.optional(),
  modelId: uuid.optional(),
  providerId: uuid.optional(),
  productId: uuid.optional(),
  promptVersionId: uuid.optional(),
};

const fromBeforeTo = (q: { from: string; to: string }) => Date.parse(q.from) < Date.parse(q.to);
const ORDER = { message: 'from must be before to', path: ['to'] };

export const usageTimeseriesQuerySchema = rangeSchema
  .extend({
    bucket: z
      .enum(['hour', 'day'])
      .optional()
      .describe('default: day, or hour for ranges up to 2 days'),
    groupBy: z.enum(USAGE_GROUPS).optional(),
    ...filterShape,
  })
  .refine(fromBeforeTo, ORDER);

export const usageSummaryQuerySchema = rangeSchema.extend(filterShape).refine(fromBeforeTo, ORDER);

export const focusExportQuerySchema = rangeSchema
  .extend({ teamId: uuid.optional() })
  .refine(fromBeforeTo, ORDER);

export type UsageTimeseriesQuery = z.infer<typeof usageTimeseriesQuerySchema>;
export type UsageSummaryQuery = z.infer<typeof usageSummaryQuerySchema>;
export type FocusExportQuery = z.infer<typeof focusExportQuerySchema>;
export type UsageFilterQuery = Partial<Record<keyof typeof filterShape, string>>;

const money = z.object({ micros: z.string(), usd: z.string() });

export const usageTotalsSchema = z.object({
  requests: z.number(),
  errors: z.number(),
  cacheHits: z.number(),
  inputTokens: z.string(),
  outputTokens: z.string(),
  cachedTokens: z.string(),
  cost: money,
  saved: money,
});

export const usageTimeseriesSchema = z.object({
  from: timestamp,
  to: timestamp,
  bucket: z.enum(['hour', 'day']),
  groupBy: z.enum(USAGE_GROUPS).nullable(),
  groups: z.array(
    z.object({ key: z.string().nullable(), name: z.string(), totals: usageTotalsSchema }),
  ),
  points: z.array(usageTotalsSchema.extend({ bucketStart: timestamp, key: z.string().nullable() })),
  totals: usageTotalsSchema,
});

export const usageSummarySchema = z.object({
  from: timestamp,
  to: timestamp,
  bucket: z.enum(['hour', 'day']),
  totals: usageTotalsSchema,
  errorRate: z.number().nullable(),
  latencyMs: z.object({
    avg: z.number().nullable(),
    p50: z.number().nullable(),
    p95: z.number().nullable(),
  }),
});
