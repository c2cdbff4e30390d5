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
  createRouteSchema,
  listRoutesQuerySchema,
  routePageSchema,
  routeSchema,
  updateRouteSchema,
} from './dto/route.schema.js';
import { RoutesService } from './routes.service.js';

const tags = ['routes'];

@Controller('api/v1/products/:productId/routes')
export class RoutesController {
  constructor(@Inject(RoutesService) private readonly service: RoutesService) {}

  @Get()
  @RequirePermission('routes.read')
  @ApiDoc({
    summary: 'List a product’s routes with their targets',
    tags,
    query: listRoutesQuerySchema,
    response: routePageSchema,
  })
  list(
    @CurrentActor() actor: Actor,
    @Param('productId') productId: string,
    @Query() query: unknown,
  ) {
    return this.service.list(actor, productId, parseInput(listRoutesQuerySchema, query, 'query'));
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('routes.write')
  @ApiDoc({
    summary: 'Create a route: match, strategy, targets, fallbacks, retries, cache, region',
    tags,
    body: createRouteSchema,
    response: routeSchema,
    status: 201,
  })
  create(
    @CurrentActor() actor: Actor,
    @Param('productId') productId: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ) {
    const input = parseInput(createRouteSchema, body, 'body');
    return this.service.create(actor, productId, input, request);
  }

  @Get(':id')
  @RequirePermission('routes.read')
  @ApiDoc({ summary: 'Get a route', tags, response: routeSchema })
  get(
    @CurrentActor() actor: Actor,
    @Param('productId') productId: string,
    @Param('id') id: string,
  ) {
    return this.service.get(actor, productId, id);
  }

  @Patch(':id')
  @RequirePermission('routes.write')
  @ApiDoc({
    summary: 'Update a route (targets, when given, replace the list)',
    tags,
    body: updateRouteSchema,
    response: routeSchema,
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('productId') productId: string,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ) {
    const input = parseInput(updateRouteSchema, body, 'body');
    return this.service.update(actor, productId, id, input, request);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('routes.write')
  @ApiDoc({ summary: 'Delete a route', tags, status: 204 })
  async delete(
    @CurrentActor() actor: Actor,
    @Param('productId') productId: string,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
  ) {
    await this.service.delete(actor, productId, id, request);
  }
}
