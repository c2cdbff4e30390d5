import { Inject, Injectable } from '@nestjs/common';
import { ServiceHttpError } from '@gatehouse/service-kit';
import { generateAccessToken, hashAccessToken, keyPrefix } from '@gatehouse/shared';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { decodeCursor, toPage, type Page } from '../http/pagination.js';
import { AuditService } from '../modules/audit/audit.service.js';
import type { Actor } from './actor.js';
import { AccessTokensRepository, type AccessTokenRow } from './access-tokens.repository.js';
import { TOKEN_SCOPE_NAMES } from './rbac/permissions.js';

const DAY_MS = 86_400_000;

export const createTokenBodySchema = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(TOKEN_SCOPE_NAMES)).min(1).max(TOKEN_SCOPE_NAMES.length),
  /** Omit for a token that does not expire. */
  expiresInDays: z.number().int().min(1).max(365).optional(),
});

export const accessTokenViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
});

export type AccessTokenView = z.infer<typeof accessTokenViewSchema>;

export function toAccessTokenView(row: AccessTokenRow): AccessTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Personal access tokens: the secret is returned once at creation; only its hash is kept. */
@Injectable()
export class AccessTokensService {
  constructor(
    @Inject(AccessTokensRepository) private readonly repository: AccessTokensRepository,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async create(
    actor: Actor,
    body: z.output<typeof createTokenBodySchema>,
    request: FastifyRequest,
    now = new Date(),
  ): Promise<AccessTokenView & { token: string }> {
    const token = generateAccessToken();
    const row = await this.repository.create({
      userId: actor.userId,
      name: body.name,
      tokenHash: hashAccessToken(token),
      prefix: keyPrefix(token),
      scopes: [...new Set(body.scopes)],
      expiresAt:
        body.expiresInDays === undefined
          ? null
          : new Date(now.getTime() + body.expiresInDays * DAY_MS),
    });
    const view = toAccessTokenView(row);
    await this.audit.record({
      actor,
      action: 'access_token.create',
      resourceType: 'access_token',
      resourceId: row.id,
      after: view,
      request,
    });
    return { ...view, token };
  }

  async list(actor: Actor, limit: number, cursor?: string): Promise<Page<AccessTokenView>> {
    const beforeId = cursor === undefined ? undefined : decodeCursor(cursor);
    const rows = await this.repository.listForUser(actor.userId, limit + 1, beforeId);
    return toPage(rows, limit, (row) => row.id, toAccessTokenView);
  }

  async revoke(actor: Actor, id: string, request: FastifyRequest, now = new Date()): Promise<void> {
    const row = z.uuid().safeParse(id).success
      ? await this.repository.findForUser(actor.userId, id)
      : null;
    if (!row) throw new ServiceHttpError(404, 'not_found', 'Access token not found');
    if (row.revokedAt !== null) return;
    const revoked = await this.repository.revoke(id, now);
    await this.audit.record({
      actor,
      action: 'access_token.revoke',
      resourceType: 'access_token',
      resourceId: id,
      before: toAccessTokenView(row),
      after: toAccessTokenView(revoked),
      request,
    });
  }
}
