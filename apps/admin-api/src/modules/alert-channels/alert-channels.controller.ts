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
import {
  createAlertChannelSchema,
  listAlertChannelsQuerySchema,
  alertChannelPageSchema,
  alertChannelSchema,
  updateAlertChannelSchema,
} from './dto/alert-channel.schema.js';
import { AlertChannelsService } from './alert-channels.service.js';

const tags = ['alert-channels'];

@Controller('api/v1/alert-channels')
export class AlertChannelsController {
  constructor(@Inject(AlertChannelsService) private readonly service: AlertChannelsService) {}

  @Get()
  @RequirePermission('alert-channels.read')
  @ApiDoc({
    summary: 'List alert channels (webhook secrets are never returned)',
    tags,
    query: listAlertChannelsQuerySchema,
    response: alertChannelPageSchema,
  })
  list(@CurrentActor() actor: Actor, @Query() query: unknown) {
    return this.service.list(actor, parseInput(listAlertChannelsQuerySchema, query, 'query'));
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('alert-channels.write')
  @ApiDoc({
    summary: 'Create a webhook or in-app alert channel',
    tags,
    body: createAlertChannelSchema,
    response: alertChannelSchema,
    status: 201,
  })
  create(@CurrentActor() actor: Actor, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.service.create(actor, parseInput(createAlertChannelSchema, body, 'body'), request);
  }

  @Get(':id')
  @RequirePermission('alert-channels.read')
  @ApiDoc({ summary: 'Get an alert channel', tags, response: alertChannelSchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.service.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission('alert-channels.write')
  @ApiDoc({
    summary: 'Update an alert channel (secret replaced when given)',
    tags,
    body: updateAlertChannelSchema,
    response: alertChannelSchema,
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
      parseInput(updateAlertChannelSchema, body, 'body'),
      request,
    );
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('alert-channels.write')
  @ApiDoc({ summary: 'Delete an alert channel', tags, status: 204 })
  async delete(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
  ) {
    await this.service.delete(actor, id, request);
  }
}
