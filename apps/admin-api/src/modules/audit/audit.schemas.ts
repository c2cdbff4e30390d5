import { z } from 'zod';
import { paginationQuerySchema } from '../../http/pagination.js';
import type { AuditEntry } from './audit.repository.js';

const filterShape = {
  actorId: z.string().min(1).max(100).optional(),
  action: z.string().min(1).max(100).optional(),
  resourceType: z.string().min(1).max(100).optional(),
  resourceId: z.string().min(1).max(200).optional(),
  /** Inclusive lower bound (ISO 8601). */
  from: z.iso.datetime({ offset: true }).optional(),
  /** Exclusive upper bound (ISO 8601). */
  to: z.iso.datetime({ offset: true }).optional(),
};

export const auditQuerySchema = paginationQuerySchema.extend(filterShape);

export const auditExportQuerySchema = z.object({
  ...filterShape,
  format: z.enum(['csv', 'ndjson']).default('ndjson'),
});

const jsonValue = z.unknown();

export const auditEntryViewSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  actorType: z.enum(['USER', 'TOKEN', 'SYSTEM']),
  actorId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  before: jsonValue,
  after: jsonValue,
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});

export type AuditEntryView = z.infer<typeof auditEntryViewSchema>;

export function toAuditEntryView(entry: AuditEntry): AuditEntryView {
  return {
    id: entry.id.toString(),
    createdAt: entry.createdAt.toISOString(),
    actorType: entry.actorType,
    actorId: entry.actorId,
    actorEmail: entry.actorEmail,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId,
    before: entry.before,
    after: entry.after,
    ip: entry.ip,
    userAgent: entry.userAgent,
  };
}

export const AUDIT_CSV_COLUMNS = [
  'id',
  'createdAt',
  'actorType',
  'actorId',
  'actorEmail',
  'action',
  'resourceType',
  'resourceId',
  'ip',
  'userAgent',
  'before',
  'after',
] as const;
