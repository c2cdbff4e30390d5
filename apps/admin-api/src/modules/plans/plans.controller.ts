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
  createPlanSchema,
  listPlansQuerySchema,
  planPageSchema,
  planSchema,
  updatePlanSchema,
} from './dto/plan.schema.js';
import { PlansService } from './plans.service.js';

const tags = ['plans'];

@Controller('api/v1/products/:productId/plans')
export class PlansController {
  constructor(@Inject(PlansService) private readonly service: PlansService) {}

  @Get()
  @RequirePermission('plans.read')
  @ApiDoc({
    summary: 'List a product’s plans (developers see public ones)',
    tags,
    query: listPlansQuerySchema,
    response: planPageSchema,
  })
  list(
    @CurrentActor() actor: Actor,
    @Param('productId') productId: string,
    @Query() query: unknown,
  ) {
    return this.service.list(actor, productId, parseInput(listPlansQuerySchema, query, 'query'));
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('plans.write')
  @ApiDoc({
    summary: 'Create a plan: rate limits, quotas, budget, overage behaviour, allowed models',
    tags,
    body: createPlanSchema,
    response: planSchema,
    status: 201,
  })
  create(
    @CurrentActor() actor: Actor,
    @Param('productId') productId: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ) {
    const input = parseInput(createPlanSchema, body, 'body');
    return this.service.create(actor, productId, input, request);
  }

  @Get(':id')
  @RequirePermission('plans.read')
  @ApiDoc({ summary: 'Get a plan', tags, response: planSchema })
  get(
    @CurrentActor() actor: Actor,
    @Param('productId') productId: string,
    @Param('id') id: string,
  ) {
    return this.service.get(actor, productId, id);
  }

  @Patch(':id')
  @RequirePermission('plans.write')
  @ApiDoc({
    summary: 'Update a plan',
    tags,
    body: updatePlanSchema,
    response: planSchema,
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('productId') productId: string,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ) {
    const input = parseInput(updatePlanSchema, body, 'body');
    return this.service.update(actor, productId, id, input, request);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('plans.write')
  @ApiDoc({ summary: 'Delete a plan no subscription uses', tags, status: 204 })
  async delete(
    @CurrentActor() actor: Actor,
    @Param('productId') productId: string,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
  ) {
    await this.service.delete(actor, productId, id, request);
  }
}
