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
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RequirePermission } from '../../auth/rbac/require-permission.decorator.js';
import { pageSchema, type Page } from '../../http/pagination.js';
import { parseInput } from '../../http/parse-input.js';
import { ApiDoc } from '../../openapi/api-doc.decorator.js';
import {
  createInvitationBodySchema,
  invitationViewSchema,
  InvitationsService,
  listInvitationsQuerySchema,
  type InvitationView,
} from './invitations.service.js';

@Controller('api/v1/invitations')
export class InvitationsController {
  constructor(@Inject(InvitationsService) private readonly invitations: InvitationsService) {}

  @Get()
  @RequirePermission('invitations.read')
  @ApiDoc({
    summary: 'List invitations',
    tags: ['users'],
    query: listInvitationsQuerySchema,
    response: pageSchema(invitationViewSchema),
  })
  list(@CurrentActor() actor: Actor, @Query() query: unknown): Promise<Page<InvitationView>> {
    return this.invitations.list(actor, parseInput(listInvitationsQuerySchema, query, 'query'));
  }

  @Post()
  @RequirePermission('invitations.write')
  @ApiDoc({
    summary: 'Invite a user (the token, for POST /api/v1/auth/signup, is shown only here)',
    tags: ['users'],
    body: createInvitationBodySchema,
    response: invitationViewSchema.extend({ token: z.string() }),
    status: 201,
  })
  create(
    @CurrentActor() actor: Actor,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<InvitationView & { token: string }> {
    return this.invitations.create(
      actor,
      parseInput(createInvitationBodySchema, body, 'body'),
      request,
    );
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('invitations.write')
  @ApiDoc({ summary: 'Revoke a pending invitation', tags: ['users'], status: 204 })
  revoke(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    return this.invitations.revoke(actor, id, request);
  }
}
