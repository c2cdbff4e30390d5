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
  createProviderSchema,
  listProvidersQuerySchema,
  providerPageSchema,
  providerSchema,
  updateProviderSchema,
} from './dto/provider.schema.js';
import { ProvidersService } from './providers.service.js';

const tags = ['providers'];

@Controller('api/v1/providers')
export class ProvidersController {
  constructor(@Inject(ProvidersService) private readonly service: ProvidersService) {}

  @Get()
  @RequirePermission('providers.read')
  @ApiDoc({
    summary: 'List providers (credentials are never returned)',
    tags,
    query: listProvidersQuerySchema,
    response: providerPageSchema,
  })
  list(@CurrentActor() actor: Actor, @Query() query: unknown) {
    return this.service.list(actor, parseInput(listProvidersQuerySchema, query, 'query'));
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('providers.write')
  @ApiDoc({
    summary: 'Add a provider; credentials are encrypted and write-only',
    tags,
    body: createProviderSchema,
    response: providerSchema,
    status: 201,
  })
  create(@CurrentActor() actor: Actor, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.service.create(actor, parseInput(createProviderSchema, body, 'body'), request);
  }

  @Get(':id')
  @RequirePermission('providers.read')
  @ApiDoc({ summary: 'Get a provider', tags, response: providerSchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.service.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission('providers.write')
  @ApiDoc({
    summary: 'Update a provider (credentials replaced when given)',
    tags,
    body: updateProviderSchema,
    response: providerSchema,
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ) {
    return this.service.update(actor, id, parseInput(updateProviderSchema, body, 'body'), request);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('providers.write')
  @ApiDoc({ summary: 'Delete a provider without models', tags, status: 204 })
  async delete(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
  ) {
    await this.service.delete(actor, id, request);
  }
}
