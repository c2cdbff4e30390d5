import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { paginationQuerySchema, type Page } from '../http/pagination.js';
import { parseInput } from '../http/parse-input.js';
import { ApiDoc } from '../openapi/api-doc.decorator.js';
import type { Actor } from './actor.js';
import {
  accessTokenViewSchema,
  AccessTokensService,
  createTokenBodySchema,
  type AccessTokenView,
} from './access-tokens.service.js';
import { CurrentActor } from './current-actor.decorator.js';
import { RequirePermission } from './rbac/require-permission.decorator.js';

@Controller('api/v1/auth/tokens')
export class AccessTokensController {
  constructor(@Inject(AccessTokensService) private readonly tokens: AccessTokensService) {}

  @Post()
  @RequirePermission('account.write')
  @ApiDoc({
    summary: 'Create a personal access token (the secret is shown only in this response)',
    tags: ['auth'],
    body: createTokenBodySchema,
    response: accessTokenViewSchema.extend({ token: z.string() }),
    status: 201,
  })
  create(
    @CurrentActor() actor: Actor,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<AccessTokenView & { token: string }> {
    return this.tokens.create(actor, parseInput(createTokenBodySchema, body, 'body'), request);
  }

  @Get()
  @RequirePermission('account.read')
  @ApiDoc({
    summary: 'My personal access tokens (prefix only)',
    tags: ['auth'],
    query: paginationQuerySchema,
    response: z.object({ data: z.array(accessTokenViewSchema), nextCursor: z.string().nullable() }),
  })
  list(@CurrentActor() actor: Actor, @Query() query: unknown): Promise<Page<AccessTokenView>> {
    const { limit, cursor } = parseInput(paginationQuerySchema, query, 'query');
    return this.tokens.list(actor, limit, cursor);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('account.write')
  @ApiDoc({ summary: 'Revoke one of my personal access tokens', tags: ['auth'], status: 204 })
  revoke(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    return this.tokens.revoke(actor, id, request);
  }
}
