import { Body, Controller, Get, Inject, Param, Patch, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RequirePermission } from '../../auth/rbac/require-permission.decorator.js';
import { userViewSchema, type UserView } from '../../auth/user-view.js';
import { pageSchema, type Page } from '../../http/pagination.js';
import { parseInput } from '../../http/parse-input.js';
import { ApiDoc } from '../../openapi/api-doc.decorator.js';
import { listUsersQuerySchema, updateUserBodySchema, UsersService } from './users.service.js';

@Controller('api/v1/users')
export class UsersController {
  constructor(@Inject(UsersService) private readonly users: UsersService) {}

  @Get()
  @RequirePermission('users.read')
  @ApiDoc({
    summary: 'List users of my organization',
    tags: ['users'],
    query: listUsersQuerySchema,
    response: pageSchema(userViewSchema),
  })
  list(@CurrentActor() actor: Actor, @Query() query: unknown): Promise<Page<UserView>> {
    return this.users.list(actor, parseInput(listUsersQuerySchema, query, 'query'));
  }

  @Get(':id')
  @RequirePermission('users.read')
  @ApiDoc({ summary: 'Get a user', tags: ['users'], response: userViewSchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<UserView> {
    return this.users.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission('users.write')
  @ApiDoc({
    summary: 'Change a user’s name, role or status (disable); only an OWNER touches OWNER',
    tags: ['users'],
    body: updateUserBodySchema,
    response: userViewSchema,
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<UserView> {
    return this.users.update(actor, id, parseInput(updateUserBodySchema, body, 'body'), request);
  }
}
