import { Inject, Injectable } from '@nestjs/common';
import { ServiceHttpError } from '@gatehouse/service-kit';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import { toUserView, type UserView } from '../../auth/user-view.js';
import { decodeCursor, paginationQuerySchema, toPage, type Page } from '../../http/pagination.js';
import { parseId } from '../../http/parse-id.js';
import { AuditService } from '../audit/audit.service.js';
import { decideUserChange } from './decide-user-change.js';
import { UsersRepository } from './users.repository.js';

const roleSchema = z.enum(['OWNER', 'ADMIN', 'DEVELOPER', 'FINANCE', 'AUDITOR']);

export const listUsersQuerySchema = paginationQuerySchema.extend({
  role: roleSchema.optional(),
  status: z.enum(['ACTIVE', 'DISABLED']).optional(),
  teamId: z.uuid().optional(),
  q: z.string().min(1).max(100).optional(),
});

export const updateUserBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    role: roleSchema.optional(),
    status: z.enum(['ACTIVE', 'DISABLED']).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'nothing to update' });

// The audit action names what changed, so the log can be filtered by it.
function actionOf(before: UserView, after: UserView): string {
  if (before.status !== after.status)
    return after.status === 'DISABLED' ? 'user.disable' : 'user.enable';
  if (before.role !== after.role) return 'user.role_change';
  return 'user.update';
}

@Injectable()
export class UsersService {
  constructor(
    @Inject(UsersRepository) private readonly users: UsersRepository,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: z.output<typeof listUsersQuerySchema>): Promise<Page<UserView>> {
    const rows = await this.users.list(
      {
        orgId: actor.orgId,
        role: query.role,
        status: query.status,
        teamId: query.teamId,
        q: query.q,
        afterId: query.cursor === undefined ? undefined : decodeCursor(query.cursor),
      },
      query.limit + 1,
    );
    return toPage(rows, query.limit, (row) => row.id, toUserView);
  }

  async get(actor: Actor, id: string): Promise<UserView> {
    const row = await this.users.find(actor.orgId, parseId(id, 'User'));
    if (!row) throw new ServiceHttpError(404, 'not_found', 'User not found');
    return toUserView(row);
  }

  async update(
    actor: Actor,
    id: string,
    change: z.output<typeof updateUserBodySchema>,
    request: FastifyRequest,
  ): Promise<UserView> {
    const before = await this.get(actor, id);
    const refusal = decideUserChange({
      actor,
      target: before,
      change,
      activeOwners: await this.users.countActiveOwners(actor.orgId),
    });
    if (refusal) throw new ServiceHttpError(refusal.status, refusal.code, refusal.message);
    const after = toUserView(await this.users.update(before.id, change));
    await this.audit.record({
      actor,
      action: actionOf(before, after),
      resourceType: 'user',
      resourceId: after.id,
      before,
      after,
      request,
    });
    return after;
  }
}
