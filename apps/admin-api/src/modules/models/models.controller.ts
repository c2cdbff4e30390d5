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
  createModelSchema,
  listModelsQuerySchema,
  modelPageSchema,
  modelSchema,
  updateModelSchema,
} from './dto/model.schema.js';
import { ModelsService } from './models.service.js';

const tags = ['models'];

@Controller('api/v1/models')
export class ModelsController {
  constructor(@Inject(ModelsService) private readonly service: ModelsService) {}

  @Get()
  @RequirePermission('models.read')
  @ApiDoc({
    summary: 'List models with prices and aliases',
    tags,
    query: listModelsQuerySchema,
    response: modelPageSchema,
  })
  list(@CurrentActor() actor: Actor, @Query() query: unknown) {
    return this.service.list(actor, parseInput(listModelsQuerySchema, query, 'query'));
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('models.write')
  @ApiDoc({
    summary: 'Add a model of a provider, with prices and aliases',
    tags,
    body: createModelSchema,
    response: modelSchema,
    status: 201,
  })
  create(@CurrentActor() actor: Actor, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.service.create(actor, parseInput(createModelSchema, body, 'body'), request);
  }

  @Get(':id')
  @RequirePermission('models.read')
  @ApiDoc({ summary: 'Get a model', tags, response: modelSchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.service.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission('models.write')
  @ApiDoc({
    summary: 'Update a model (aliases, when given, replace the set)',
    tags,
    body: updateModelSchema,
    response: modelSchema,
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ) {
    return this.service.update(actor, id, parseInput(updateModelSchema, body, 'body'), request);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('models.write')
  @ApiDoc({ summary: 'Delete a model no route targets', tags, status: 204 })
  async delete(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
  ) {
    await this.service.delete(actor, id, request);
  }
}
