import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RequirePermission } from '../../auth/rbac/require-permission.decorator.js';
import { parseInput } from '../../http/parse-input.js';
import { ApiDoc } from '../../openapi/api-doc.decorator.js';
import {
  listSubscriptionsQuerySchema,
  rejectSubscriptionSchema,
  requestSubscriptionSchema,
  subscriptionPageSchema,
  subscriptionSchema,
  suspendSubscriptionSchema,
} from './dto/subscription.schema.js';
import { SubscriptionsService } from './subscriptions.service.js';

const tags = ['subscriptions'];

@Controller('api/v1/subscriptions')
export class SubscriptionsController {
  constructor(@Inject(SubscriptionsService) private readonly service: SubscriptionsService) {}

  @Get()
  @RequirePermission('subscriptions.read')
  @ApiDoc({
    summary: 'List subscriptions (a developer sees their teams’ applications’ only)',
    tags,
    query: listSubscriptionsQuerySchema,
    response: subscriptionPageSchema,
  })
  list(@CurrentActor() actor: Actor, @Query() query: unknown) {
    return this.service.list(actor, parseInput(listSubscriptionsQuerySchema, query, 'query'));
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('subscriptions.request')
  @ApiDoc({
    summary: 'Request a subscription: ACTIVE at once for AUTO products, else PENDING',
    tags,
    body: requestSubscriptionSchema,
    response: subscriptionSchema,
    status: 201,
  })
  request(@CurrentActor() actor: Actor, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.service.request(
      actor,
      parseInput(requestSubscriptionSchema, body, 'body'),
      request,
    );
  }

  @Get(':id')
  @RequirePermission('subscriptions.read')
  @ApiDoc({ summary: 'Get a subscription', tags, response: subscriptionSchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.service.get(actor, id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequirePermission('subscriptions.approve')
  @ApiDoc({ summary: 'Approve a PENDING subscription', tags, response: subscriptionSchema })
  approve(@CurrentActor() actor: Actor, @Param('id') id: string, @Req() request: FastifyRequest) {
    return this.service.decide(actor, id, 'approve', null, request);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @RequirePermission('subscriptions.approve')
  @ApiDoc({
    summary: 'Reject a PENDING subscription with a reason',
    tags,
    body: rejectSubscriptionSchema,
    response: subscriptionSchema,
  })
  reject(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ) {
    const { reason } = parseInput(rejectSubscriptionSchema, body, 'body');
    return this.service.decide(actor, id, 'reject', reason, request);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @RequirePermission('subscriptions.approve')
  @ApiDoc({
    summary: 'Suspend an ACTIVE subscription',
    tags,
    body: suspendSubscriptionSchema,
    response: subscriptionSchema,
  })
  suspend(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ) {
    const { reason } = parseInput(suspendSubscriptionSchema, body ?? {}, 'body');
    return this.service.decide(actor, id, 'suspend', reason ?? null, request);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @RequirePermission('subscriptions.approve')
  @ApiDoc({ summary: 'Reactivate a SUSPENDED subscription', tags, response: subscriptionSchema })
  reactivate(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
  ) {
    return this.service.decide(actor, id, 'reactivate', null, request);
  }
}
