import { Inject, Injectable } from '@nestjs/common';
import { ServiceHttpError } from '@gatehouse/service-kit';
import { decideSignup, emailDomain, hashApiKey } from '@gatehouse/shared';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AdminApiEnv } from '../env.js';
import { AuditService } from '../modules/audit/audit.service.js';
import { ADMIN_API_ENV } from '../tokens.js';
import {
  AccountsRepository,
  InvitationAlreadyUsedError,
  type NewAccount,
} from './accounts.repository.js';
import type { loginBodySchema, signupBodySchema } from './auth.schemas.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { decoyHash, hashPassword, verifyPassword } from './passwords.js';
import { SessionTokensService } from './session-tokens.service.js';
import { toUserView, type UserView, type UserViewRow } from './user-view.js';

export type SessionResponse = { token: string; expiresAt: string; user: UserView };

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002';
}

const INVALID_CREDENTIALS = () =>
  new ServiceHttpError(401, 'invalid_credentials', 'E-mail or password is wrong');

/** Sign-up and password login; both end in a session token. */
@Injectable()
export class AuthService {
  constructor(
    @Inject(ADMIN_API_ENV) private readonly env: AdminApiEnv,
    @Inject(AccountsRepository) private readonly accounts: AccountsRepository,
    @Inject(SessionTokensService) private readonly sessions: SessionTokensService,
    @Inject(LoginThrottleService) private readonly throttle: LoginThrottleService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async signup(
    body: z.output<typeof signupBodySchema>,
    request: FastifyRequest,
    now = new Date(),
  ): Promise<SessionResponse> {
    await this.throttle.assertSignupAllowed(request.ip);
    const invitation =
      body.invitationToken === undefined
        ? undefined
        : await this.accounts.findInvitationByHash(hashApiKey(body.invitationToken));
    const decision = decideSignup({
      mode: this.env.SIGNUP_MODE,
      email: body.email,
      invitation,
      domainOrgIds: await this.accounts.orgIdsAllowingDomain(emailDomain(body.email), body.orgSlug),
      now,
    });
    if (!decision.ok) throw new ServiceHttpError(decision.status, decision.code, decision.message);
    const user = await this.createAccount(
      {
        ...decision,
        email: body.email,
        name: body.name,
        passwordHash: await hashPassword(body.password),
      },
      now,
    );
    await this.audit.record({
      actor: { kind: 'USER', userId: user.id, orgId: user.orgId, email: user.email },
      action: 'user.signup',
      resourceType: 'user',
      resourceId: user.id,
      after: { ...toUserView(user), via: decision.invitationId ? 'invitation' : 'domain' },
      request,
    });
    return this.startSession(user, now);
  }

  /** Creates an account; an e-mail in use or a used invitation is a 409. */
  async createAccount(account: NewAccount, now: Date): Promise<UserViewRow> {
    try {
      return await this.accounts.create(account, now);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ServiceHttpError(409, 'email_taken', 'An account with this e-mail exists');
      if (error instanceof InvitationAlreadyUsedError)
        throw new ServiceHttpError(403, 'invalid_invitation', 'The invitation is already used');
      throw error;
    }
  }

  async login(
    body: z.output<typeof loginBodySchema>,
    request: FastifyRequest,
    now = new Date(),
  ): Promise<SessionResponse> {
    const subject = { email: body.email, ip: request.ip };
    await this.throttle.assertAllowed(subject);
    const user = await this.accounts.findByEmail(body.email);
    const verified = await verifyPassword(user?.passwordHash ?? (await decoyHash()), body.password);
    if (!user || user.passwordHash === null || !verified) {
      await this.throttle.recordFailure(subject);
      if (user)
        await this.audit.record({
          actor: { kind: 'SYSTEM', orgId: user.orgId },
          action: 'auth.login_failed',
          resourceType: 'user',
          resourceId: user.id,
          after: { email: user.email },
          request,
        });
      throw INVALID_CREDENTIALS();
    }
    if (user.status !== 'ACTIVE')
      throw new ServiceHttpError(403, 'account_disabled', 'This account is disabled');
    await this.throttle.recordSuccess(subject);
    await this.accounts.markLogin(user.id, now);
    await this.audit.record({
      actor: { kind: 'USER', userId: user.id, orgId: user.orgId, email: user.email },
      action: 'auth.login',
      resourceType: 'user',
      resourceId: user.id,
      request,
    });
    return this.startSession(user, now);
  }

  async startSession(user: UserViewRow, now: Date): Promise<SessionResponse> {
    const session = await this.sessions.issue(user, now);
    return {
      token: session.token,
      expiresAt: session.expiresAt.toISOString(),
      user: toUserView(user),
    };
  }

  async profile(userId: string): Promise<UserView> {
    const row = await this.accounts.findView(userId);
    if (!row) throw new ServiceHttpError(404, 'not_found', 'User not found');
    return toUserView(row);
  }
}
