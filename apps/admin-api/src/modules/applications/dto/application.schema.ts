import { z } from 'zod';
import { paginationQuerySchema } from '../../../http/pagination.js';
import { pageSchema, queryBoolean, timestamp, uuid } from '../../resource-support/page-schema.js';

const name = z.string().trim().min(1).max(100);
const description = z.string().max(2000);

export const createApplicationSchema = z.strictObject({
  teamId: uuid,
  name,
  description: description.default(''),
});

export const updateApplicationSchema = z.strictObject({
  teamId: uuid.optional(),
  name: name.optional(),
  description: description.optional(),
});

export const listApplicationsQuerySchema = paginationQuerySchema.extend({
  teamId: uuid.optional(),
  q: z.string().max(100).optional().describe('name contains (case-insensitive)'),
  includeArchived: queryBoolean.optional(),
});

export type CreateApplicationInput = z.infer<typeof createApplicationSchema>;
export type UpdateApplicationInput = z.infer<typeof updateApplicationSchema>;
export type ListApplicationsQuery = z.infer<typeof listApplicationsQuerySchema>;

export const applicationSchema = z.object({
  id: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  name: z.string(),
  description: z.string(),
  createdById: z.string().nullable(),
  archivedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const applicationPageSchema = pageSchema(applicationSchema);
