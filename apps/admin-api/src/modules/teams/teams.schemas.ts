import { z } from 'zod';
import { paginationQuerySchema } from '../../http/pagination.js';
import type { MemberRow, TeamRow } from './teams.repository.js';

const slugSchema = z
  .string()
  .min(2)
  .max(63)
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'lower-case letters, digits and dashes' });

export const createTeamBodySchema = z.object({
  slug: slugSchema,
  name: z.string().trim().min(1).max(200),
  costCenter: z.string().trim().min(1).max(100),
  region: z.string().trim().min(1).max(50).nullable().optional(),
});

export const updateTeamBodySchema = createTeamBodySchema
  .omit({ slug: true })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'nothing to update' });

export const listTeamsQuerySchema = paginationQuerySchema.extend({
  q: z.string().min(1).max(100).optional(),
  costCenter: z.string().min(1).max(100).optional(),
});

export const memberBodySchema = z.object({
  role: z.enum(['MAINTAINER', 'MEMBER']).default('MEMBER'),
});

export const teamViewSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  costCenter: z.string(),
  region: z.string().nullable(),
  memberCount: z.number(),
  applicationCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const memberViewSchema = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  orgRole: z.string(),
  status: z.string(),
  role: z.enum(['MAINTAINER', 'MEMBER']),
  since: z.string(),
});

export type TeamView = z.infer<typeof teamViewSchema>;
export type MemberView = z.infer<typeof memberViewSchema>;

export function toTeamView(row: TeamRow): TeamView {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    costCenter: row.costCenter,
    region: row.region,
    memberCount: row._count.memberships,
    applicationCount: row._count.applications,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toMemberView(row: MemberRow): MemberView {
  return {
    userId: row.userId,
    email: row.user.email,
    name: row.user.name,
    orgRole: row.user.role,
    status: row.user.status,
    role: row.role,
    since: row.createdAt.toISOString(),
  };
}
