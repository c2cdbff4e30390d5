import { Inject, Injectable } from '@nestjs/common';
import { ServiceHttpError } from '@gatehouse/service-kit';
import { hashAccessToken, isWellFormedToken, TOKEN_PREFIXES } from '@gatehouse/shared';
import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor.js';
import { AuthRepository, type IdentityRow } from './auth.repository.js';
import { SessionTokensService } from './session-tokens.service.js';
import { toActor } from './to-actor.js';

// lastUsedAt is a hint for humans; writing it more than once a minute per token is waste.
const TOUCH_INTERVAL_MS = 60_000;

function unauthorized(code: string, message: string): ServiceHttpError {
  return new ServiceHttpError(401, code, message);
}

/** The bearer token of a request, or null. */
export function bearerOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

/** Turns `Authorization: Bearer <session JWT | personal access token>` into an Actor, or 401. */
@Injectable()
export class Authenticator {
  constructor(
    @Inject(AuthRepository) private readonly repository: AuthRepository,
    @Inject(SessionTokensService) private readonly sessions: SessionTokensService,
  ) {}

  async authenticate(request: FastifyRequest, now = new Date()): Promise<Actor> {
    const bearer = bearerOf(request);
    if (bearer === null)
      throw unauthorized('unauthorized', 'Authentication required: send Authorization: Bearer');
    return bearer.startsWith(TOKEN_PREFIXES.accessToken)
      ? this.fromAccessToken(bearer, now)
      : this.fromSession(bearer, now);
  }

  private async fromSession(token: string, now: Date): Promise<Actor> {
    const verified = await this.sessions.verify(token, now);
    if (!verified.ok)
      throw verified.reason === 'expired'
        ? unauthorized('token_expired', 'Session expired; log in again')
        : unauthorized('invalid_token', 'Invalid or revoked session token');
    const identity = await this.activeIdentity(verified.claims.sub);
    if (identity.orgId !== verified.claims.org)
      throw unauthorized('invalid_token', 'Invalid or revoked session token');
    return toActor(identity, null);
  }

  private async fromAccessToken(token: string, now: Date): Promise<Actor> {
    const row = isWellFormedToken(token)
      ? await this.repository.findTokenByHash(hashAccessToken(token))
      : null;
    if (!row || row.revokedAt !== null || (row.expiresAt !== null && row.expiresAt <= now))
      throw unauthorized('invalid_token', 'Invalid, expired or revoked access token');
    const identity = await this.activeIdentity(row.userId);
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS)
      await this.repository.touchToken(row.id, now).catch(() => undefined);
    return toActor(identity, { id: row.id, scopes: row.scopes });
  }

  private async activeIdentity(userId: string): Promise<IdentityRow> {
    const identity = await this.repository.findIdentity(userId);
    if (!identity || identity.status !== 'ACTIVE')
      throw unauthorized('invalid_token', 'The account is disabled or no longer exists');
    return identity;
  }
}
