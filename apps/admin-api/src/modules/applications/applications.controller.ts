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
  Query,
  Req,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RequirePermission } from '../../auth/rbac/require-permission.decorator.js';
import { parseInput } from '../../http/parse-input.js';
import { ApiDoc } from '../../openapi/api-doc.decorator.js';
import { ApplicationsService } from './applications.service.js';
import {
  applicationPageSchema,
  applicationSchema,
  createApplicationSchema,
  listApplicationsQuerySchema,
  updateApplicationSchema,
} from './dto/application.schema.js';

const tags = ['applications'];

@Controller('api/v1/applications')
export class ApplicationsController {
  constructor(@Inject(ApplicationsService) private readonly service: ApplicationsService) {}

  @Get()
  @RequirePermission('applications.read')
  @ApiDoc({
    summary: 'List applications (a developer sees their teams’ only)',
    tags,
    query: listApplicationsQuerySchema,
    response: applicationPageSchema,
  })
  list(@CurrentActor() actor: Actor, @Query() query: unknown) {
    return this.service.list(actor, parseInput(listApplicationsQuerySchema, query, 'query'));
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('applications.write')
  @ApiDoc({
    summary: 'Create an application in a team',
    tags,
    body: createApplicationSchema,
    response: applicationSchema,
    status: 201,
  })
  create(@CurrentActor() actor: Actor, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.service.create(actor, parseInput(createApplicationSchema, body, 'body'), request);
  }

  @Get(':id')
  @RequirePermission('applications.read')
  @ApiDoc({ summary: 'Get an application', tags, response: applicationSchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.service.visible(actor, id);
  }

  @Patch(':id')
  @RequirePermission('applications.write')
  @ApiDoc({
    summary: 'Rename, describe or move an application',
    tags,
    body: updateApplicationSchema,
    response: applicationSchema,
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ) {
    return this.service.update(
      actor,
      id,
      parseInput(updateApplicationSchema, body, 'body'),
      request,
    );
  }

  @Delete(':id')
  @RequirePermission('applications.write')
  @ApiDoc({
    summary: 'Archive an application and revoke all its keys',
    tags,
    response: applicationSchema,
  })
  archive(@CurrentActor() actor: Actor, @Param('id') id: string, @Req() request: FastifyRequest) {
    return this.service.archive(actor, id, request);
  }
}
