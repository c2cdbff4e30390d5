import { Inject, Injectable } from '@nestjs/common';
import { ServiceHttpError } from '@gatehouse/service-kit';
import { hashApiKey, randomBase62 } from '@gatehouse/shared';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import { decodeCursor, paginationQuerySchema, toPage, type Page } from '../../http/pagination.js';
import { parseId } from '../../http/parse-id.js';
import { AuditService } from '../audit/audit.service.js';
import { InvitationsRepository, type InvitationRow } from './invitations.repository.js';

const DAY_MS = 86_400_000;

export const createInvitationBodySchema = z.object({
  email: z
    .email()
    .max(254)
    .transform((e) => e.toLowerCase()),
  role: z.enum(['OWNER', 'ADMIN', 'DEVELOPER', 'FINANCE', 'AUDITOR']).default('DEVELOPER'),
  teamId: z.uuid().optional(),
  expiresInDays: z.number().int().min(1).max(30).default(7),
});

export const listInvitationsQuerySchema = paginationQuerySchema.extend({
  pending: z.enum(['true', 'false']).optional(),
  email: z.string().min(1).max(254).optional(),
});

export const invitationViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.string(),
  teamId: z.string().nullable(),
  status: z.enum(['PENDING', 'ACCEPTED', 'EXPIRED']),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  createdAt: z.string(),
});

export type InvitationView = z.infer<typeof invitationViewSchema>;

function toInvitationView(row: InvitationRow, now: Date): InvitationView {
  const status = row.acceptedAt ? 'ACCEPTED' : row.expiresAt <= now ? 'EXPIRED' : 'PENDING';
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    teamId: row.teamId,
    status,
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Invitations: a one-time token (shown once, stored as SHA-256) that signs up with a role. */
@Injectable()
export class InvitationsService {
  constructor(
    @Inject(InvitationsRepository) private readonly invitations: InvitationsRepository,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async list(
    actor: Actor,
    query: z.output<typeof listInvitationsQuerySchema>,
    now = new Date(),
  ): Promise<Page<InvitationView>> {
    const rows = await this.invitations.list(
      {
        orgId: actor.orgId,
        pendingAt: query.pending === 'true' ? now : undefined,
        email: query.email?.toLowerCase(),
        afterId: query.cursor === undefined ? undefined : decodeCursor(query.cursor),
      },
      query.limit + 1,
    );
    return toPage(
      rows,
      query.limit,
      (row) => row.id,
      (row) => toInvitationView(row, now),
    );
  }

  async create(
    actor: Actor,
    body: z.output<typeof createInvitationBodySchema>,
    request: FastifyRequest,
    now = new Date(),
  ): Promise<InvitationView & { token: string }> {
    if (body.role === 'OWNER' && actor.role !== 'OWNER')
      throw new ServiceHttpError(403, 'owner_required', 'Only an OWNER invites an OWNER');
    if (await this.invitations.emailInUse(body.email))
      throw new ServiceHttpError(409, 'email_taken', 'An account with this e-mail exists', 'email');
    if (body.teamId && !(await this.invitations.teamInOrg(actor.orgId, body.teamId)))
      throw new ServiceHttpError(400, 'invalid_request', 'Unknown team', 'teamId');
    const token = `ghi_${randomBase62(40)}`;
    const row = await this.invitations.create({
      orgId: actor.orgId,
      email: body.email,
      role: body.role,
      teamId: body.teamId ?? null,
      tokenHash: hashApiKey(token),
      expiresAt: new Date(now.getTime() + body.expiresInDays * DAY_MS),
    });
    const view = toInvitationView(row, now);
    await this.audit.record({
      actor,
      action: 'invitation.create',
      resourceType: 'invitation',
      resourceId: row.id,
      after: view,
      request,
    });
    return { ...view, token };
  }

  async revoke(actor: Actor, id: string, request: FastifyRequest, now = new Date()): Promise<void> {
    const row = await this.invitations.find(actor.orgId, parseId(id, 'Invitation'));
    if (!row) throw new ServiceHttpError(404, 'not_found', 'Invitation not found');
    if (row.acceptedAt)
      throw new ServiceHttpError(409, 'invitation_accepted', 'The invitation is already accepted');
    await this.invitations.delete(row.id);
    await this.audit.record({
      actor,
      action: 'invitation.revoke',
      resourceType: 'invitation',
      resourceId: row.id,
      before: toInvitationView(row, now),
      request,
    });
  }
}
