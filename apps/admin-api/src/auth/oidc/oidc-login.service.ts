import { Inject, Injectable } from '@nestjs/common';
import { ServiceHttpError } from '@gatehouse/service-kit';
import { decideSignup, emailDomain, randomBase62 } from '@gatehouse/shared';
import type { FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { z } from 'zod';
import { oidcSettings, type AdminApiEnv } from '../../env.js';
import { EphemeralStore } from '../../io/ephemeral-store.js';
import { AuditService } from '../../modules/audit/audit.service.js';
import { ADMIN_API_ENV, LOGGER } from '../../tokens.js';
import { AccountsRepository } from '../accounts.repository.js';
import { AuthService, type SessionResponse } from '../auth.service.js';
import { OidcError, OidcProvider, pkcePair, type IdTokenClaims } from './oidc-provider.js';

const STATE_TTL_SECONDS = 600;
const pendingSchema = z.object({ verifier: z.string(), nonce: z.string() });

/**
 * OIDC login (authorization code + PKCE) against OIDC_ISSUER: the ID token's e-mail maps to a
 * user; an unknown e-mail signs up as DEVELOPER when its domain is allowed (SIGNUP_MODE).
 * Login state (PKCE verifier, nonce) is kept server-side for 10 minutes, keyed by `state`.
 */
@Injectable()
export class OidcLoginService {
  private readonly provider: OidcProvider | null;

  constructor(
    @Inject(ADMIN_API_ENV) private readonly env: AdminApiEnv,
    @Inject(EphemeralStore) private readonly store: EphemeralStore,
    @Inject(AccountsRepository) private readonly accounts: AccountsRepository,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    const settings = oidcSettings(env);
    this.provider = settings ? new OidcProvider(settings) : null;
  }

  private configured(): OidcProvider {
    if (!this.provider)
      throw new ServiceHttpError(404, 'oidc_not_configured', 'OIDC login is not configured');
    return this.provider;
  }

  /** The provider's authorization URL for a new login attempt. */
  async start(): Promise<string> {
    const provider = this.configured();
    const state = randomBase62(32);
    const nonce = randomBase62(32);
    const { verifier, challenge } = pkcePair();
    await this.store.set(`oidc:${state}`, JSON.stringify({ verifier, nonce }), STATE_TTL_SECONDS);
    return this.withProvider(() => provider.authorizationUrl({ state, nonce, challenge }));
  }

  async finish(code: string, state: string, request: FastifyRequest): Promise<SessionResponse> {
    const provider = this.configured();
    const raw = await this.store.take(`oidc:${state}`);
    const pending = raw === null ? null : pendingSchema.safeParse(JSON.parse(raw));
    if (!pending?.success)
      throw new ServiceHttpError(400, 'invalid_state', 'Unknown or expired login state', 'state');
    const claims = await this.withProvider(() =>
      provider.exchange(code, pending.data.verifier, pending.data.nonce),
    );
    return this.sessionFor(claims, request, new Date());
  }

  private async sessionFor(
    claims: IdTokenClaims,
    request: FastifyRequest,
    now: Date,
  ): Promise<SessionResponse> {
    const existing = await this.accounts.findByEmail(claims.email);
    if (existing) {
      if (existing.status !== 'ACTIVE')
        throw new ServiceHttpError(403, 'account_disabled', 'This account is disabled');
      if (existing.oidcSubject !== null && existing.oidcSubject !== claims.sub)
        throw new ServiceHttpError(403, 'oidc_subject_mismatch', 'Signed in as another identity');
      await this.accounts.markLogin(existing.id, now, claims.sub);
      await this.audit.record({
        actor: { kind: 'USER', userId: existing.id, orgId: existing.orgId, email: existing.email },
        action: 'auth.login',
        resourceType: 'user',
        resourceId: existing.id,
        after: { via: 'oidc' },
        request,
      });
      return this.auth.startSession(existing, now);
    }
    return this.signup(claims, request, now);
  }

  private async signup(
    claims: IdTokenClaims,
    request: FastifyRequest,
    now: Date,
  ): Promise<SessionResponse> {
    const decision = decideSignup({
      mode: this.env.SIGNUP_MODE,
      email: claims.email,
      invitation: undefined,
      domainOrgIds: await this.accounts.orgIdsAllowingDomain(emailDomain(claims.email), undefined),
      now,
    });
    if (!decision.ok) throw new ServiceHttpError(decision.status, decision.code, decision.message);
    const user = await this.auth.createAccount(
      {
        orgId: decision.orgId,
        email: claims.email,
        name: claims.name ?? claims.email.split('@')[0] ?? claims.email,
        role: decision.role,
        passwordHash: null,
        oidcSubject: claims.sub,
        teamId: null,
        invitationId: null,
      },
      now,
    );
    await this.audit.record({
      actor: { kind: 'USER', userId: user.id, orgId: user.orgId, email: user.email },
      action: 'user.signup',
      resourceType: 'user',
      resourceId: user.id,
      after: { email: user.email, role: user.role, via: 'oidc' },
      request,
    });
    return this.auth.startSession(user, now);
  }

  private async withProvider<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof OidcError) && !(error instanceof TypeError)) throw error;
      this.logger.warn({ err: { message: error.message } }, 'OIDC login failed');
      throw new ServiceHttpError(502, 'oidc_failed', `OIDC login failed: ${error.message}`);
    }
  }
}
