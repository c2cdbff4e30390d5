import { Controller, Get, Header, Inject, Param, Query } from '@nestjs/common';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RequirePermission } from '../../auth/rbac/require-permission.decorator.js';
import { parseInput } from '../../http/parse-input.js';
import { ApiDoc } from '../../openapi/api-doc.decorator.js';
import { ChargebackService } from './chargeback.service.js';
import {
  chargebackDrillDownSchema,
  chargebackQuerySchema,
  chargebackSchema,
} from './dto/chargeback.schema.js';

const tags = ['chargeback'];

@Controller('api/v1')
export class ChargebackController {
  constructor(@Inject(ChargebackService) private readonly service: ChargebackService) {}

  @Get('chargeback')
  @RequirePermission('chargeback.read')
  @ApiDoc({
    summary: 'Monthly chargeback by cost center and team (sums equal the ledger)',
    tags,
    query: chargebackQuerySchema,
    response: chargebackSchema,
  })
  month(@CurrentActor() actor: Actor, @Query() query: unknown) {
    return this.service.month(actor, parseInput(chargebackQuerySchema, query, 'query').month);
  }

  @Get('chargeback.csv')
  @RequirePermission('chargeback.read')
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiDoc({
    summary: 'Monthly chargeback as CSV: cost center × team × application × model',
    tags,
    query: chargebackQuerySchema,
    produces: ['text/csv'],
  })
  csv(@CurrentActor() actor: Actor, @Query() query: unknown) {
    return this.service.csv(actor, parseInput(chargebackQuerySchema, query, 'query').month);
  }

  @Get('chargeback/:costCenter')
  @RequirePermission('chargeback.read')
  @ApiDoc({
    summary: 'One cost center’s month: teams → applications → models',
    tags,
    query: chargebackQuerySchema,
    response: chargebackDrillDownSchema,
  })
  costCenter(
    @CurrentActor() actor: Actor,
    @Param('costCenter') costCenter: string,
    @Query() query: unknown,
  ) {
    return this.service.costCenter(
      actor,
      parseInput(chargebackQuerySchema, query, 'query').month,
      costCenter,
    );
  }
}
