import { z } from 'zod';
import { paginationQuerySchema } from '../../../http/pagination.js';
import { pageSchema, timestamp, uuid } from '../../resource-support/page-schema.js';

const STATUSES = ['PENDING', 'ACTIVE', 'REJECTED', 'SUSPENDED'] as const;

export const requestSubscriptionSchema = z.strictObject({
  applicationId: uuid,
  productId: uuid,
  planId: uuid,
});

export const rejectSubscriptionSchema = z.strictObject({
  reason: z.string().trim().min(1).max(1000),
});

export const suspendSubscriptionSchema = z.strictObject({
  reason: z.string().trim().min(1).max(1000).optional(),
});

export const listSubscriptionsQuerySchema = paginationQuerySchema.extend({
  status: z.enum(STATUSES).optional(),
  applicationId: uuid.optional(),
  productId: uuid.optional(),
});

export type RequestSubscriptionInput = z.infer<typeof requestSubscriptionSchema>;
export type ListSubscriptionsQuery = z.infer<typeof listSubscriptionsQuerySchema>;

export const subscriptionSchema = z.object({
  id: z.string(),
  applicationId: z.string(),
  applicationName: z.string(),
  teamId: z.string(),
  productId: z.string(),
  productName: z.string(),
  planId: z.string(),
  planName: z.string(),
  status: z.enum(STATUSES),
  requestedById: z.string().nullable(),
  decidedById: z.string().nullable(),
  decidedAt: timestamp.nullable(),
  reason: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const subscriptionPageSchema = pageSchema(subscriptionSchema);
