import { Controller, Get, HttpCode, Inject, Param, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RequirePermission } from '../../auth/rbac/require-permission.decorator.js';
import { parseInput } from '../../http/parse-input.js';
import { ApiDoc } from '../../openapi/api-doc.decorator.js';
import { AlertsService } from './alerts.service.js';
import { alertPageSchema, alertSchema, listAlertsQuerySchema } from './dto/alert.schema.js';

const tags = ['alerts'];

@Controller('api/v1/alerts')
export class AlertsController {
  constructor(@Inject(AlertsService) private readonly service: AlertsService) {}

  @Get()
  @RequirePermission('alerts.read')
  @ApiDoc({
    summary: 'List alerts, newest first (filters status, kind, severity, team, time)',
    tags,
    query: listAlertsQuerySchema,
    response: alertPageSchema,
  })
  list(@CurrentActor() actor: Actor, @Query() query: unknown) {
    return this.service.list(actor, parseInput(listAlertsQuerySchema, query, 'query'));
  }

  @Get(':id')
  @RequirePermission('alerts.read')
  @ApiDoc({ summary: 'Get an alert with its evidence', tags, response: alertSchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.service.get(actor, id);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @RequirePermission('alerts.write')
  @ApiDoc({ summary: 'Acknowledge an OPEN alert', tags, response: alertSchema })
  acknowledge(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
  ) {
    return this.service.act(actor, id, 'acknowledge', request);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @RequirePermission('alerts.write')
  @ApiDoc({ summary: 'Resolve an OPEN or ACKNOWLEDGED alert', tags, response: alertSchema })
  resolve(@CurrentActor() actor: Actor, @Param('id') id: string, @Req() request: FastifyRequest) {
    return this.service.act(actor, id, 'resolve', request);
  }
}
