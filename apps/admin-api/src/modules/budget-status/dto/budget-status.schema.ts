import { z } from 'zod';
import { timestamp } from '../../resource-support/page-schema.js';

const money = z.object({ micros: z.string(), usd: z.string() });

const state = z.enum(['ok', 'warning', 'exceeded']);

const limitUsage = z
  .object({ used: z.string(), limit: z.string(), percent: z.number(), state })
  .nullable();

export const budgetStatusQuerySchema = z.object({
  at: z.iso
    .datetime({ offset: true })
    .optional()
    .describe('evaluate as of this instant (default now)'),
});

export const budgetStatusListSchema = z.object({
  at: timestamp,
  data: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      scope: z.enum(['ORG', 'TEAM', 'APPLICATION', 'API_KEY']),
      teamId: z.string().nullable(),
      applicationId: z.string().nullable(),
      apiKeyId: z.string().nullable(),
      period: z.enum(['DAY', 'WEEK', 'MONTH']),
      alignment: z.enum(['CALENDAR', 'ROLLING']),
      mode: z.enum(['HARD', 'SOFT']),
      enabled: z.boolean(),
      periodStart: timestamp,
      periodEnd: timestamp,
      spent: money,
      limit: money.nullable(),
      percent: z.number().nullable(),
      burnRatePerDay: money,
      projected: money,
      projectedPercent: z.number().nullable(),
      thresholdsCrossed: z.array(z.number()),
      tokens: limitUsage.describe('input + output tokens against tokenLimit'),
      requests: limitUsage.describe('requests against requestLimit'),
      state: state.describe('the most severe of money, tokens and requests'),
    }),
  ),
});
