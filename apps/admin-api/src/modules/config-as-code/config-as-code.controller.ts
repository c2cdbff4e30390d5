import { Body, Controller, Get, Header, HttpCode, Inject, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RequirePermission } from '../../auth/rbac/require-permission.decorator.js';
import { parseInput } from '../../http/parse-input.js';
import { ApiDoc } from '../../openapi/api-doc.decorator.js';
import { ConfigAsCodeService } from './config-as-code.service.js';
import {
  applyBodySchema,
  applyQuerySchema,
  applyResponseSchema,
} from './dto/config-as-code.schema.js';

const tags = ['config'];

@Controller('api/v1/config')
export class ConfigAsCodeController {
  constructor(@Inject(ConfigAsCodeService) private readonly service: ConfigAsCodeService) {}

  @Get('export')
  @Header('content-type', 'application/yaml; charset=utf-8')
  @RequirePermission('config.read')
  @ApiDoc({
    summary: 'Export providers, models, products, routes, plans, guardrails and prompts as YAML',
    description:
      'One YAML document per object, named by slug/name (never ids). Secrets are never exported: a provider’s credentials come out as `${PROVIDER_FIELD}` placeholders that `gatehouse apply` fills from its environment.',
    tags,
    produces: ['application/yaml'],
  })
  exportYaml(@CurrentActor() actor: Actor): Promise<string> {
    return this.service.exportYaml(actor);
  }

  @Post('apply')
  @HttpCode(200)
  @RequirePermission('config.write')
  @ApiDoc({
    summary: 'Apply a YAML configuration (dry run first): creates and updates, deletes with prune',
    description:
      'Validates every document, plans the changes against the stored configuration and writes them in one transaction (nothing on error). Applying the same file twice changes nothing.',
    tags,
    query: applyQuerySchema,
    response: applyResponseSchema,
  })
  apply(
    @CurrentActor() actor: Actor,
    @Query() query: unknown,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ) {
    const options = parseInput(applyQuerySchema, query, 'query');
    return this.service.apply(actor, parseInput(applyBodySchema, body, 'body'), options, request);
  }
}
