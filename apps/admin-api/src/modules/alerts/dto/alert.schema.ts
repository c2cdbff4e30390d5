import { z } from 'zod';
import { paginationQuerySchema } from '../../../http/pagination.js';
import { pageSchema, timestamp, uuid } from '../../resource-support/page-schema.js';

export const ALERT_KINDS = [
  'BUDGET_THRESHOLD',
  'COST_ANOMALY',
  'TOKEN_ANOMALY',
  'ERROR_RATE_ANOMALY',
  'GUARDRAIL',
  'SYSTEM',
] as const;
const STATUSES = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'] as const;
const SEVERITIES = ['INFO', 'WARNING', 'CRITICAL'] as const;

export const listAlertsQuerySchema = paginationQuerySchema.extend({
  status: z.enum(STATUSES).optional(),
  kind: z.enum(ALERT_KINDS).optional(),
  severity: z.enum(SEVERITIES).optional(),
  teamId: uuid.optional(),
  from: z.iso.datetime({ offset: true }).optional().describe('raised at or after (ISO 8601)'),
  to: z.iso.datetime({ offset: true }).optional().describe('raised before (ISO 8601)'),
});

export type ListAlertsQuery = z.infer<typeof listAlertsQuerySchema>;

export const alertSchema = z.object({
  id: z.string(),
  kind: z.enum(ALERT_KINDS),
  severity: z.enum(SEVERITIES),
  status: z.enum(STATUSES),
  title: z.string(),
  message: z.string(),
  evidence: z.record(z.string(), z.unknown()),
  teamId: z.string().nullable(),
  applicationId: z.string().nullable(),
  budgetId: z.string().nullable(),
  acknowledgedAt: timestamp.nullable(),
  resolvedAt: timestamp.nullable(),
  createdAt: timestamp,
});

export const alertPageSchema = pageSchema(alertSchema);
