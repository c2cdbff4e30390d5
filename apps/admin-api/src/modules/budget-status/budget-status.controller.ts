import { Controller, Get, Inject, Query } from '@nestjs/common';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RequirePermission } from '../../auth/rbac/require-permission.decorator.js';
import { parseInput } from '../../http/parse-input.js';
import { ApiDoc } from '../../openapi/api-doc.decorator.js';
import { BudgetStatusService } from './budget-status.service.js';
import { budgetStatusListSchema, budgetStatusQuerySchema } from './dto/budget-status.schema.js';

@Controller('api/v1/budgets')
export class BudgetStatusController {
  constructor(@Inject(BudgetStatusService) private readonly service: BudgetStatusService) {}

  @Get('status')
  @RequirePermission('budgets.read')
  @ApiDoc({
    summary: 'Every budget: spent, limit, percent, burn rate per day, projected period end, state',
    tags: ['budgets'],
    query: budgetStatusQuerySchema,
    response: budgetStatusListSchema,
  })
  status(@CurrentActor() actor: Actor, @Query() query: unknown) {
    const { at } = parseInput(budgetStatusQuerySchema, query, 'query');
    return this.service.list(actor, at === undefined ? new Date() : new Date(at));
  }
}
