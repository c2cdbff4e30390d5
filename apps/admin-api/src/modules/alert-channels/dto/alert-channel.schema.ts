import { z } from 'zod';
import { paginationQuerySchema } from '../../../http/pagination.js';
import { ALERT_KINDS } from '../../alerts/dto/alert.schema.js';
import { pageSchema, queryBoolean, timestamp } from '../../resource-support/page-schema.js';

const KINDS = ['WEBHOOK', 'IN_APP'] as const;

const fields = {
  name: z.string().trim().min(1).max(100),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable()
    .describe('WEBHOOK: where alerts are POSTed'),
  secret: z
    .string()
    .min(16)
    .max(512)
    .nullable()
    .describe('WEBHOOK: HMAC signing secret; write-only, encrypted at rest'),
  kinds: z.array(z.enum(ALERT_KINDS)).max(ALERT_KINDS.length).describe('empty = every kind'),
  enabled: z.boolean(),
};

export const createAlertChannelSchema = z.strictObject({
  name: fields.name,
  kind: z.enum(KINDS),
  url: fields.url.default(null),
  secret: fields.secret.default(null),
  kinds: fields.kinds.default([]),
  enabled: fields.enabled.default(true),
});

export const updateAlertChannelSchema = z.strictObject(fields).partial();

export const listAlertChannelsQuerySchema = paginationQuerySchema.extend({
  kind: z.enum(KINDS).optional(),
  enabled: queryBoolean.optional(),
});

export type CreateAlertChannelInput = z.infer<typeof createAlertChannelSchema>;
export type UpdateAlertChannelInput = z.infer<typeof updateAlertChannelSchema>;
export type ListAlertChannelsQuery = z.infer<typeof listAlertChannelsQuerySchema>;

export const alertChannelSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(KINDS),
  url: z.string().nullable(),
  hasSecret: z.boolean().describe('a signing secret is stored (never returned)'),
  kinds: z.array(z.enum(ALERT_KINDS)),
  enabled: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const alertChannelPageSchema = pageSchema(alertChannelSchema);
