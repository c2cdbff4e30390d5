import { Inject, Injectable } from '@nestjs/common';
import {
  initialSubscriptionState,
  nextSubscriptionState,
  type SubscriptionAction,
} from '@gatehouse/shared';
import type { FastifyRequest } from 'fastify';
import { teamScope, type Actor } from '../../auth/actor.js';
import { toPage, type Page } from '../../http/pagination.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { PlansService } from '../plans/plans.service.js';
import { ProductsService } from '../products/products.service.js';
import { RecordChange, type Recorder } from '../resource-support/record-change.service.js';
import { conflict, notFound, uniqueOr409 } from '../resource-support/resource-errors.js';
import { cursorId, pathId } from '../resource-support/resource-ids.js';
import { canSeeTeam } from '../resource-support/team-access.js';
import type {
  ListSubscriptionsQuery,
  RequestSubscriptionInput,
} from './dto/subscription.schema.js';
import { SubscriptionsRepository, type SubscriptionRecord } from './subscriptions.repository.js';

@Injectable()
export class SubscriptionsService {
  private readonly record: Recorder;

  constructor(
    @Inject(SubscriptionsRepository) private readonly repository: SubscriptionsRepository,
    @Inject(ApplicationsService) private readonly applications: ApplicationsService,
    @Inject(ProductsService) private readonly products: ProductsService,
    @Inject(PlansService) private readonly plans: PlansService,
    @Inject(RecordChange) changes: RecordChange,
  ) {
    this.record = changes.recorder('subscription', true);
  }

  async list(actor: Actor, query: ListSubscriptionsQuery): Promise<Page<SubscriptionRecord>> {
    const { cursor, limit, ...filter } = query;
    const rows = await this.repository.findMany(
      { orgId: actor.orgId, teamIds: teamScope(actor), ...filter, afterId: cursorId(cursor) },
      limit + 1,
    );
    return toPage(rows, limit, (row) => row.id);
  }

  async get(actor: Actor, id: string): Promise<SubscriptionRecord> {
    const subscription = await this.repository.findById(actor.orgId, pathId(id, 'Subscription'));
    if (subscription === null || !canSeeTeam(actor, subscription.teamId)) {
      throw notFound('Subscription');
    }
    return subscription;
  }

  /** Application × product × plan: active at once for AUTO products, else pending approval. */
  async request(
    actor: Actor,
    input: RequestSubscriptionInput,
    request?: FastifyRequest,
  ): Promise<SubscriptionRecord> {
    const app = await this.applications.live(actor, input.applicationId, 'applicationId');
    const product = await this.products.visible(actor, input.productId, 'productId');
    if (product.archivedAt !== null) throw notFound('Product', 'productId');
    const plan = await this.plans.visible(actor, product.id, input.planId, 'planId');
    const status = initialSubscriptionState(product.approvalMode);
    const subscription = await uniqueOr409(
      this.repository.create({
        orgId: actor.orgId,
        applicationId: app.id,
        productId: product.id,
        planId: plan.id,
        status,
        requestedById: actor.userId,
        decidedAt: status === 'ACTIVE' ? new Date() : null,
      }),
      'This application already has a subscription to this product',
      'productId',
    );
    await this.record(actor, 'request', subscription.id, null, subscription, request);
    return subscription;
  }

  /** approve / reject / suspend / reactivate, per the transition table; anything else is a 409. */
  async decide(
    actor: Actor,
    id: string,
    action: SubscriptionAction,
    reason: string | null,
    request?: FastifyRequest,
  ): Promise<SubscriptionRecord> {
    const before = await this.get(actor, id);
    const next = nextSubscriptionState(before.status, action);
    if (!next.ok) {
      const allowed = next.allowedFrom.join(' or ');
      throw conflict(
        `Cannot ${action} a ${before.status} subscription (only ${allowed})`,
        undefined,
        'invalid_transition',
      );
    }
    const after = await this.repository.transition(before.id, before.status, {
      status: next.to,
      decidedById: actor.userId,
      decidedAt: new Date(),
      reason,
    });
    if (after === null) throw conflict('The subscription changed meanwhile; reload and retry');
    await this.record(actor, action, after.id, before, after, request);
    return after;
  }
}
