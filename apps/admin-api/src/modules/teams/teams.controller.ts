import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Put,
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
  createTeamBodySchema,
  listTeamsQuerySchema,
  memberBodySchema,
  memberViewSchema,
  teamViewSchema,
  updateTeamBodySchema,
  type MemberView,
  type TeamView,
} from './teams.schemas.js';
import { TeamsService } from './teams.service.js';

@Controller('api/v1/teams')
export class TeamsController {
  constructor(@Inject(TeamsService) private readonly teams: TeamsService) {}

  @Get()
  @RequirePermission('teams.read')
  @ApiDoc({
    summary: 'List teams (developers: their own)',
    tags: ['teams'],
    query: listTeamsQuerySchema,
    response: pageSchema(teamViewSchema),
  })
  list(@CurrentActor() actor: Actor, @Query() query: unknown): Promise<Page<TeamView>> {
    return this.teams.list(actor, parseInput(listTeamsQuerySchema, query, 'query'));
  }

  @Get(':id')
  @RequirePermission('teams.read')
  @ApiDoc({ summary: 'Get a team', tags: ['teams'], response: teamViewSchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<TeamView> {
    return this.teams.get(actor, id);
  }

  @Post()
  @RequirePermission('teams.write')
  @ApiDoc({
    summary: 'Create a team (cost center)',
    tags: ['teams'],
    body: createTeamBodySchema,
    response: teamViewSchema,
    status: 201,
  })
  create(
    @CurrentActor() actor: Actor,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<TeamView> {
    return this.teams.create(actor, parseInput(createTeamBodySchema, body, 'body'), request);
  }

  @Patch(':id')
  @RequirePermission('teams.write')
  @ApiDoc({
    summary: 'Update a team',
    tags: ['teams'],
    body: updateTeamBodySchema,
    response: teamViewSchema,
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<TeamView> {
    return this.teams.update(actor, id, parseInput(updateTeamBodySchema, body, 'body'), request);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('teams.write')
  @ApiDoc({ summary: 'Delete a team without applications', tags: ['teams'], status: 204 })
  delete(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    return this.teams.delete(actor, id, request);
  }

  @Get(':id/members')
  @RequirePermission('teams.read')
  @ApiDoc({
    summary: 'List a team’s members',
    tags: ['teams'],
    response: z.object({ data: z.array(memberViewSchema) }),
  })
  async members(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
  ): Promise<{ data: MemberView[] }> {
    return { data: await this.teams.members(actor, id) };
  }

  @Put(':id/members/:userId')
  @RequirePermission('teams.members.write')
  @ApiDoc({
    summary: 'Add a member or change their team role (admins, or the team’s maintainers)',
    tags: ['teams'],
    body: memberBodySchema,
    response: memberViewSchema,
  })
  setMember(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('userId') userId: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<MemberView> {
    const { role } = parseInput(memberBodySchema, body ?? {}, 'body');
    return this.teams.setMember(actor, id, userId, role, request);
  }

  @Delete(':id/members/:userId')
  @HttpCode(204)
  @RequirePermission('teams.members.write')
  @ApiDoc({ summary: 'Remove a member from a team', tags: ['teams'], status: 204 })
  removeMember(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('userId') userId: string,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    return this.teams.removeMember(actor, id, userId, request);
  }
}
