import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../http/parse-input.js';
import { ApiDoc } from '../../openapi/api-doc.decorator.js';
import type { SessionResponse } from '../auth.service.js';
import { Public } from '../rbac/require-permission.decorator.js';
import { sessionResponseSchema } from '../user-view.js';
import { OidcLoginService } from './oidc-login.service.js';

const callbackQuerySchema = z.object({
  code: z.string().min(1).max(2048),
  state: z.string().min(1).max(256),
});

/**
 * OIDC login. The browser goes to `login` (302 to the provider); the provider sends it to
 * OIDC_REDIRECT_URL (the portal), which passes `code` and `state` to `callback` and receives the
 * same session as password login.
 */
@Controller('api/v1/auth/oidc')
@Public()
export class OidcController {
  constructor(@Inject(OidcLoginService) private readonly oidc: OidcLoginService) {}

  @Get('login')
  @ApiDoc({
    summary: 'Start OIDC login: 302 to the provider (404 when OIDC is not configured)',
    tags: ['auth'],
    status: 302,
  })
  async login(@Res() reply: FastifyReply): Promise<void> {
    const url = await this.oidc.start();
    await reply.code(302).header('location', url).header('cache-control', 'no-store').send();
  }

  @Get('authorize-url')
  @ApiDoc({
    summary: 'Start OIDC login: the provider URL as JSON (for server-side portals)',
    tags: ['auth'],
    response: z.object({ url: z.string() }),
  })
  async authorizeUrl(): Promise<{ url: string }> {
    return { url: await this.oidc.start() };
  }

  @Get('callback')
  @ApiDoc({
    summary: 'Finish OIDC login with the provider’s code and state',
    tags: ['auth'],
    query: callbackQuerySchema,
    response: sessionResponseSchema,
  })
  callback(@Query() query: unknown, @Req() request: FastifyRequest): Promise<SessionResponse> {
    const { code, state } = parseInput(callbackQuerySchema, query, 'query');
    return this.oidc.finish(code, state, request);
  }
}
