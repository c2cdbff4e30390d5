import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import type { OrgRole } from '@gatehouse/db';
import type { AdminApiEnv } from '../env.js';
import { EphemeralStore } from '../io/ephemeral-store.js';
import { ADMIN_API_ENV } from '../tokens.js';

const ISSUER = 'gatehouse-admin-api';
const AUDIENCE = 'gatehouse';

const claimsSchema = z.object({
  sub: z.string().min(1),
  org: z.string().min(1),
  role: z.enum(['OWNER', 'ADMIN', 'DEVELOPER', 'FINANCE', 'AUDITOR']),
  jti: z.string().min(1),
  exp: z.number(),
});

export type SessionClaims = z.infer<typeof claimsSchema>;

export type IssuedSession = { token: string; expiresAt: Date; jti: string };

export type VerifyResult =
  { ok: true; claims: SessionClaims } | { ok: false; reason: 'expired' | 'invalid' | 'revoked' };

/**
 * Session tokens: short-lived HS256 JWTs (claims sub, org, role, jti) that the portal carries as
 * a bearer. Logout puts the jti on a revocation list (Redis, in-process fallback) until the
 * token would expire anyway, so the list never outgrows one session TTL.
 */
@Injectable()
export class SessionTokensService {
  private readonly key: Uint8Array;

  constructor(
    @Inject(ADMIN_API_ENV) private readonly env: AdminApiEnv,
    @Inject(EphemeralStore) private readonly store: EphemeralStore,
  ) {
    this.key = new TextEncoder().encode(env.AUTH_JWT_SECRET);
  }

  async issue(
    user: { id: string; orgId: string; role: OrgRole },
    now: Date,
  ): Promise<IssuedSession> {
    const jti = randomUUID();
    const issuedAt = Math.floor(now.getTime() / 1000);
    const exp = issuedAt + this.env.AUTH_SESSION_TTL_SECONDS;
    const token = await new SignJWT({ org: user.orgId, role: user.role })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.id)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setJti(jti)
      .setIssuedAt(issuedAt)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000), jti };
  }

  async verify(token: string, now: Date): Promise<VerifyResult> {
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        currentDate: now,
      }));
    } catch (error) {
      return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) return { ok: false, reason: 'invalid' };
    if (await this.store.get(`revoked:${claims.data.jti}`)) return { ok: false, reason: 'revoked' };
    return { ok: true, claims: claims.data };
  }

  /** Revokes a session until its own expiry. */
  async revoke(claims: Pick<SessionClaims, 'jti' | 'exp'>, now: Date): Promise<void> {
    const ttl = claims.exp - Math.floor(now.getTime() / 1000);
    if (ttl > 0) await this.store.set(`revoked:${claims.jti}`, '1', ttl);
  }
}
