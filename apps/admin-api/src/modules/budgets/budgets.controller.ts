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
  createBudgetSchema,
  listBudgetsQuerySchema,
  budgetPageSchema,
  budgetSchema,
  updateBudgetSchema,
} from './dto/budget.schema.js';
import { BudgetsService } from './budgets.service.js';

const tags = ['budgets'];

@Controller('api/v1/budgets')
export class BudgetsController {
  constructor(@Inject(BudgetsService) private readonly service: BudgetsService) {}

  @Get()
  @RequirePermission('budgets.read')
  @ApiDoc({
    summary: 'List budgets (filters scope, teamId, applicationId)',
    tags,
    query: listBudgetsQuerySchema,
    response: budgetPageSchema,
  })
  list(@CurrentActor() actor: Actor, @Query() query: unknown) {
    return this.service.list(actor, parseInput(listBudgetsQuerySchema, query, 'query'));
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('budgets.write')
  @ApiDoc({
    summary: 'Create a budget for the org, a team, an application or a key',
    tags,
    body: createBudgetSchema,
    response: budgetSchema,
    status: 201,
  })
  create(@CurrentActor() actor: Actor, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.service.create(actor, parseInput(createBudgetSchema, body, 'body'), request);
  }

  @Get(':id')
  @RequirePermission('budgets.read')
  @ApiDoc({ summary: 'Get a budget', tags, response: budgetSchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.service.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission('budgets.write')
  @ApiDoc({
    summary: 'Update a budget’s limits, period, mode or thresholds',
    tags,
    body: updateBudgetSchema,
    response: budgetSchema,
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ) {
    return this.service.update(actor, id, parseInput(updateBudgetSchema, body, 'body'), request);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('budgets.write')
  @ApiDoc({ summary: 'Delete a budget', tags, status: 204 })
  async delete(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
  ) {
    await this.service.delete(actor, id, request);
  }
}
