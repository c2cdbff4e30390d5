import { Body, Controller, Get, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ServiceHttpError } from '@gatehouse/service-kit';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../http/parse-input.js';
import { ApiDoc } from '../openapi/api-doc.decorator.js';
import type { Actor } from './actor.js';
import { loginBodySchema, signupBodySchema } from './auth.schemas.js';
import { AuthService, type SessionResponse } from './auth.service.js';
import { bearerOf } from './authenticator.service.js';
import { CurrentActor } from './current-actor.decorator.js';
import { checkPermission } from './rbac/check-permission.js';
import { PERMISSIONS, type Permission } from './rbac/permissions.js';
import { Public, RequirePermission } from './rbac/require-permission.decorator.js';
import { SessionTokensService } from './session-tokens.service.js';
import { sessionResponseSchema, userViewSchema, type UserView } from './user-view.js';

const meResponseSchema = z.object({
  user: userViewSchema,
  via: z.enum(['session', 'token']),
  scopes: z.array(z.string()).nullable(),
  permissions: z.array(z.string()),
});

@Controller('api/v1/auth')
export class AuthController {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(SessionTokensService) private readonly sessions: SessionTokensService,
  ) {}

  @Post('signup')
  @Public()
  @ApiDoc({
    summary: 'Sign up (by invitation or allowed e-mail domain, per SIGNUP_MODE)',
    tags: ['auth'],
    body: signupBodySchema,
    response: sessionResponseSchema,
    status: 201,
  })
  signup(@Body() body: unknown, @Req() request: FastifyRequest): Promise<SessionResponse> {
    return this.auth.signup(parseInput(signupBodySchema, body, 'body'), request);
  }

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiDoc({
    summary: 'Log in with e-mail and password (429 with retry-after after 5 failures)',
    tags: ['auth'],
    body: loginBodySchema,
    response: sessionResponseSchema,
  })
  login(@Body() body: unknown, @Req() request: FastifyRequest): Promise<SessionResponse> {
    return this.auth.login(parseInput(loginBodySchema, body, 'body'), request);
  }

  @Get('me')
  @RequirePermission('account.read')
  @ApiDoc({
    summary: 'The caller, and what they may do',
    tags: ['auth'],
    response: meResponseSchema,
  })
  async me(@CurrentActor() actor: Actor): Promise<{
    user: UserView;
    via: 'session' | 'token';
    scopes: string[] | null;
    permissions: Permission[];
  }> {
    const permissions = (Object.keys(PERMISSIONS) as Permission[]).filter(
      (p) => checkPermission(actor, p).allowed,
    );
    return {
      user: await this.auth.profile(actor.userId),
      via: actor.kind === 'TOKEN' ? 'token' : 'session',
      scopes: actor.scopes,
      permissions,
    };
  }

  @Post('logout')
  @HttpCode(204)
  @RequirePermission('account.write')
  @ApiDoc({
    summary: 'Revoke the current session token (until it would expire)',
    tags: ['auth'],
    status: 204,
  })
  async logout(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<void> {
    if (actor.kind === 'TOKEN')
      throw new ServiceHttpError(
        400,
        'not_a_session',
        'Access tokens are revoked with DELETE /api/v1/auth/tokens/{id}',
      );
    const verified = await this.sessions.verify(bearerOf(request) ?? '', new Date());
    if (verified.ok) await this.sessions.revoke(verified.claims, new Date());
  }
}
