import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RequirePermission } from '../../auth/rbac/require-permission.decorator.js';
import { parseInput } from '../../http/parse-input.js';
import { ApiDoc } from '../../openapi/api-doc.decorator.js';
import { ApiKeysService } from './api-keys.service.js';
import {
  apiKeyPageSchema,
  apiKeySchema,
  createApiKeySchema,
  issuedApiKeySchema,
  listApiKeysQuerySchema,
  rotateApiKeySchema,
  rotatedApiKeySchema,
} from './dto/api-key.schema.js';

const tags = ['api-keys'];

@Controller('api/v1/api-keys')
export class ApiKeysController {
  constructor(@Inject(ApiKeysService) private readonly service: ApiKeysService) {}

  @Get()
  @RequirePermission('api-keys.read')
  @ApiDoc({
    summary: 'List API keys (prefix, status, last use; never the secret)',
    tags,
    query: listApiKeysQuerySchema,
    response: apiKeyPageSchema,
  })
  list(@CurrentActor() actor: Actor, @Query() query: unknown) {
    return this.service.list(actor, parseInput(listApiKeysQuerySchema, query, 'query'));
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('api-keys.write')
  @ApiDoc({
    summary: 'Create an API key; the secret is in this response only',
    tags,
    body: createApiKeySchema,
    response: issuedApiKeySchema,
    status: 201,
  })
  create(@CurrentActor() actor: Actor, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.service.create(actor, parseInput(createApiKeySchema, body, 'body'), request);
  }

  @Get(':id')
  @RequirePermission('api-keys.read')
  @ApiDoc({ summary: 'Get an API key', tags, response: apiKeySchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.service.get(actor, id);
  }

  @Post(':id/rotate')
  @HttpCode(201)
  @RequirePermission('api-keys.write')
  @ApiDoc({
    summary: 'Rotate: a new key now, the old one expires after the overlap',
    tags,
    body: rotateApiKeySchema,
    response: rotatedApiKeySchema,
    status: 201,
  })
  rotate(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ) {
    return this.service.rotate(
      actor,
      id,
      parseInput(rotateApiKeySchema, body ?? {}, 'body'),
      request,
    );
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @RequirePermission('api-keys.write')
  @ApiDoc({ summary: 'Revoke an API key at once', tags, response: apiKeySchema })
  revoke(@CurrentActor() actor: Actor, @Param('id') id: string, @Req() request: FastifyRequest) {
    return this.service.revoke(actor, id, request);
  }
}
