import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { toPage, type Page } from '../../http/pagination.js';
import { ProductsService } from '../products/products.service.js';
import type { ProductRecord } from '../products/products.repository.js';
import { toOptionalMicros } from '../resource-support/money.js';
import { RecordChange, type Recorder } from '../resource-support/record-change.service.js';
import {
  conflict,
  invalid,
  isStillReferenced,
  notFound,
  uniqueOr409,
} from '../resource-support/resource-errors.js';
import { cursorId, pathId } from '../resource-support/resource-ids.js';
import { seesWholeCatalog } from '../resource-support/team-access.js';
import type { CreatePlanInput, ListPlansQuery, UpdatePlanInput } from './dto/plan.schema.js';
import { toPlanView, type PlanView } from './plan-view.js';
import { PlansRepository, type PlanRecord, type PlanWrite } from './plans.repository.js';

const SLUG_TAKEN = 'A plan with this slug already exists in the product';

// Body amounts (digit strings or integers) → bigint columns; absent stays absent.
function toWrite(input: UpdatePlanInput): PlanWrite {
  const { tokenQuota, budgetMicros, priceMonthlyMicros, ...rest } = input;
  return {
    ...rest,
    tokenQuota: toOptionalMicros(tokenQuota),
    budgetMicros: toOptionalMicros(budgetMicros),
    priceMonthlyMicros: toOptionalMicros(priceMonthlyMicros) ?? undefined,
  };
}

@Injectable()
export class PlansService {
  private readonly record: Recorder;

  constructor(
    @Inject(PlansRepository) private readonly repository: PlansRepository,
    @Inject(ProductsService) private readonly products: ProductsService,
    @Inject(RecordChange) changes: RecordChange,
  ) {
    this.record = changes.recorder('plan', true);
  }

  /** Developers see public plans of products visible to them. */
  async list(actor: Actor, productId: string, query: ListPlansQuery): Promise<Page<PlanView>> {
    const product = await this.products.visible(actor, productId);
    const rows = await this.repository.findMany(
      {
        productId: product.id,
        publicOnly: !seesWholeCatalog(actor),
        afterId: cursorId(query.cursor),
      },
      query.limit + 1,
    );
    return toPage(rows, query.limit, (row) => row.id, toPlanView);
  }

  async get(actor: Actor, productId: string, id: string): Promise<PlanView> {
    return toPlanView(await this.visible(actor, productId, id));
  }

  /** A plan of a product the actor sees; hidden plans only for whole-catalog readers. */
  async visible(actor: Actor, productId: string, id: string, param?: string): Promise<PlanRecord> {
    const product = await this.products.visible(actor, productId, param && 'productId');
    const plan = await this.repository.findById(product.id, pathId(id, 'Plan'));
    if (plan === null || (!plan.isPublic && !seesWholeCatalog(actor)))
      throw notFound('Plan', param);
    return plan;
  }

  async create(
    actor: Actor,
    productId: string,
    input: CreatePlanInput,
    request?: FastifyRequest,
  ): Promise<PlanView> {
    const product = await this.products.visible(actor, productId);
    await this.checkOverage(actor, product, input.overage, input.downgradeModelId);
    const write = toWrite(input);
    const plan = await uniqueOr409(
      this.repository.create(product.id, { ...write, slug: input.slug, name: input.name }),
      SLUG_TAKEN,
      'slug',
    );
    await this.record(actor, 'create', plan.id, null, plan, request);
    return toPlanView(plan);
  }

  async update(
    actor: Actor,
    productId: string,
    id: string,
    input: UpdatePlanInput,
    request?: FastifyRequest,
  ): Promise<PlanView> {
    const before = await this.visible(actor, productId, id);
    const product = await this.products.visible(actor, productId);
    const overage = input.overage ?? before.overage;
    const downgradeModelId =
      input.downgradeModelId === undefined ? before.downgradeModelId : input.downgradeModelId;
    await this.checkOverage(actor, product, overage, downgradeModelId);
    const after = await uniqueOr409(
      this.repository.update(before.id, toWrite(input)),
      SLUG_TAKEN,
      'slug',
    );
    await this.record(actor, 'update', after.id, before, after, request);
    return toPlanView(after);
  }

  async delete(
    actor: Actor,
    productId: string,
    id: string,
    request?: FastifyRequest,
  ): Promise<void> {
    const before = await this.visible(actor, productId, id);
    try {
      await this.repository.delete(before.id);
    } catch (error) {
      if (isStillReferenced(error))
        throw conflict('Subscriptions still use this plan; move them first');
      throw error;
    }
    await this.record(actor, 'delete', before.id, before, null, request);
  }

  // DOWNGRADE switches to a cheaper model of the org, so it names one and only AI products have one.
  private async checkOverage(
    actor: Actor,
    product: ProductRecord,
    overage: PlanRecord['overage'],
    downgradeModelId: string | null | undefined,
  ): Promise<void> {
    if (overage === 'DOWNGRADE' && product.kind !== 'AI') {
      throw invalid('Only AI products can downgrade to another model', 'overage');
    }
    if (overage === 'DOWNGRADE' && !downgradeModelId) {
      throw invalid('overage DOWNGRADE needs downgradeModelId', 'downgradeModelId');
    }
    if (downgradeModelId && !(await this.repository.modelInOrg(actor.orgId, downgradeModelId))) {
      throw notFound('Model', 'downgradeModelId');
    }
  }
}
