import { Inject, Injectable } from '@nestjs/common';
import { elideSecrets } from '@gatehouse/shared';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { AuditRepository } from './audit.repository.js';

/** Who did it: an authenticated actor, or the system (workers, sign-up before a user exists). */
export type AuditActor =
  | Pick<Actor, 'kind' | 'userId' | 'orgId' | 'email'>
  | { kind: 'SYSTEM'; orgId: string; userId?: null; email?: null };

export type AuditRecordInput = {
  actor: AuditActor;
  /** `<resource>.<verb>`, e.g. `application.create`, `user.role_change`. */
  action: string;
  resourceType: string;
  resourceId?: string | null;
  /** State before/after the write; secrets are elided here, so pass rows as they are. */
  before?: unknown;
  after?: unknown;
  /** The HTTP request, for the caller's IP and user agent. */
  request?: FastifyRequest;
  /** Defaults to the actor's organization. */
  orgId?: string;
};

const MAX_USER_AGENT = 512;

/** Appends one audit entry per write. The table itself refuses UPDATE and DELETE. */
@Injectable()
export class AuditService {
  constructor(@Inject(AuditRepository) private readonly repository: AuditRepository) {}

  record(input: AuditRecordInput): Promise<bigint> {
    const { actor, request } = input;
    const userAgent = request?.headers['user-agent'];
    return this.repository.insert({
      orgId: input.orgId ?? actor.orgId,
      actorType: actor.kind,
      actorId: actor.userId ?? null,
      actorEmail: actor.email ?? null,
      action: input.action,
      resourceType: input.resourceType,
      resourceId: input.resourceId ?? null,
      before: elideSecrets(input.before),
      after: elideSecrets(input.after),
      ip: request?.ip ?? null,
      userAgent: typeof userAgent === 'string' ? userAgent.slice(0, MAX_USER_AGENT) : null,
    });
  }
}
