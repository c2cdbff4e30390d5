import { Controller, Get, Header, Inject, Query, StreamableFile } from '@nestjs/common';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RequirePermission } from '../../auth/rbac/require-permission.decorator.js';
import { parseInput } from '../../http/parse-input.js';
import { ApiDoc } from '../../openapi/api-doc.decorator.js';
import {
  focusExportQuerySchema,
  usageSummaryQuerySchema,
  usageSummarySchema,
  usageTimeseriesQuerySchema,
  usageTimeseriesSchema,
} from './dto/usage.schema.js';
import { UsageService } from './usage.service.js';

const tags = ['usage'];

@Controller('api/v1/usage')
export class UsageController {
  constructor(@Inject(UsageService) private readonly service: UsageService) {}

  @Get('timeseries')
  @RequirePermission('usage.read')
  @ApiDoc({
    summary:
      'Usage and cost per hour or day, optionally grouped (a developer sees their teams’ only)',
    tags,
    query: usageTimeseriesQuerySchema,
    response: usageTimeseriesSchema,
  })
  timeseries(@CurrentActor() actor: Actor, @Query() query: unknown) {
    return this.service.timeseries(actor, parseInput(usageTimeseriesQuerySchema, query, 'query'));
  }

  @Get('timeseries.csv')
  @RequirePermission('usage.read')
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiDoc({
    summary: 'The same time series as CSV (one line per bucket and group)',
    tags,
    query: usageTimeseriesQuerySchema,
    produces: ['text/csv'],
  })
  timeseriesCsv(@CurrentActor() actor: Actor, @Query() query: unknown) {
    return this.service.timeseriesCsv(
      actor,
      parseInput(usageTimeseriesQuerySchema, query, 'query'),
    );
  }

  @Get('summary')
  @RequirePermission('usage.read')
  @ApiDoc({
    summary: 'Usage totals, error rate and latency for a range',
    tags,
    query: usageSummaryQuerySchema,
    response: usageSummarySchema,
  })
  summary(@CurrentActor() actor: Actor, @Query() query: unknown) {
    return this.service.summary(actor, parseInput(usageSummaryQuerySchema, query, 'query'));
  }

  @Get('export/focus')
  @RequirePermission('usage.read')
  @ApiDoc({
    summary: 'The ledger as FOCUS 1.2 CSV (FinOps Open Cost and Usage Specification), streamed',
    tags,
    query: focusExportQuerySchema,
    produces: ['text/csv'],
  })
  focus(@CurrentActor() actor: Actor, @Query() query: unknown) {
    const parsed = parseInput(focusExportQuerySchema, query, 'query');
    const name = `gatehouse-focus-${parsed.from.slice(0, 10)}-${parsed.to.slice(0, 10)}.csv`;
    return new StreamableFile(this.service.focusCsv(actor, parsed), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${name}"`,
    });
  }
}
