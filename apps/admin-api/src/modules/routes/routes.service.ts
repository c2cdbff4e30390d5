import { Inject, Injectable } from '@nestjs/common';
import { checkRouteTargets } from '@gatehouse/shared';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { toPage, type Page } from '../../http/pagination.js';
import { ProductsService } from '../products/products.service.js';
import type { ProductRecord } from '../products/products.repository.js';
import { RecordChange, type Recorder } from '../resource-support/record-change.service.js';
import { invalid, notFound, uniqueOr409 } from '../resource-support/resource-errors.js';
import { cursorId, pathId } from '../resource-support/resource-ids.js';
import type {
  CreateRouteInput,
  ListRoutesQuery,
  RouteTargetInput,
  UpdateRouteInput,
} from './dto/route.schema.js';
import { RoutesRepository, type NewRouteTarget, type RouteRecord } from './routes.repository.js';

const NAME_TAKEN = 'A route with this name already exists in the product';

// Match keys each product kind understands.
const MATCH_KEYS: Record<ProductRecord['kind'], readonly string[]> = {
  AI: ['models'],
  REST: ['pathPrefix'],
  GRAPHQL: ['pathPrefix'],
};

type RouteShape = {
  match: Record<string, unknown>;
  strategy: RouteRecord['strategy'];
  strategyConfig: Record<string, unknown>;
  targets: readonly (RouteTargetInput | NewRouteTarget)[];
};

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function toNewTargets(targets: RouteTargetInput[]): NewRouteTarget[] {
  return targets.map((t, index) => ({
    modelId: t.modelId ?? null,
    upstreamUrl: t.upstreamUrl ?? null,
    weight: t.weight,
    position: t.position ?? index,
    isFallback: t.isFallback,
  }));
}

@Injectable()
export class RoutesService {
  private readonly record: Recorder;

  constructor(
    @Inject(RoutesRepository) private readonly repository: RoutesRepository,
    @Inject(ProductsService) private readonly products: ProductsService,
    @Inject(RecordChange) changes: RecordChange,
  ) {
    this.record = changes.recorder('route', true);
  }

  async list(actor: Actor, productId: string, query: ListRoutesQuery): Promise<Page<RouteRecord>> {
    const product = await this.products.visible(actor, productId);
    const rows = await this.repository.findMany(
      product.id,
      cursorId(query.cursor),
      query.limit + 1,
    );
    return toPage(rows, query.limit, (row) => row.id);
  }

  async get(actor: Actor, productId: string, id: string): Promise<RouteRecord> {
    const product = await this.products.visible(actor, productId);
    const route = await this.repository.findById(product.id, pathId(id, 'Route'));
    if (route === null) throw notFound('Route');
    return route;
  }

  async create(
    actor: Actor,
    productId: string,
    { targets, ...input }: CreateRouteInput,
    request?: FastifyRequest,
  ): Promise<RouteRecord> {
    const product = await this.products.visible(actor, productId);
    await this.check(actor, product, { ...input, targets });
    const route = await uniqueOr409(
      this.repository.create(product.id, input, toNewTargets(targets)),
      NAME_TAKEN,
      'name',
    );
    await this.record(actor, 'create', route.id, null, route, request);
    return route;
  }

  async update(
    actor: Actor,
    productId: string,
    id: string,
    { targets, ...input }: UpdateRouteInput,
    request?: FastifyRequest,
  ): Promise<RouteRecord> {
    const before = await this.get(actor, productId, id);
    const product = await this.products.visible(actor, productId);
    await this.check(actor, product, {
      match: input.match ?? asObject(before.match),
      strategy: input.strategy ?? before.strategy,
      strategyConfig: input.strategyConfig ?? asObject(before.strategyConfig),
      targets: targets ?? before.targets,
    });
    const after = await uniqueOr409(
      this.repository.update(before.id, input, targets && toNewTargets(targets)),
      NAME_TAKEN,
      'name',
    );
    await this.record(actor, 'update', after.id, before, after, request);
    return after;
  }

  async delete(
    actor: Actor,
    productId: string,
    id: string,
    request?: FastifyRequest,
  ): Promise<void> {
    const before = await this.get(actor, productId, id);
    await this.repository.delete(before.id);
    await this.record(actor, 'delete', before.id, before, null, request);
  }

  // Match keys and targets must fit the product's kind; models must be the org's own.
  private async check(actor: Actor, product: ProductRecord, route: RouteShape): Promise<void> {
    const stray = Object.keys(route.match).find((key) => !MATCH_KEYS[product.kind].includes(key));
    if (stray !== undefined) {
      throw invalid(`${product.kind} routes do not match on ${stray}`, `match.${stray}`);
    }
    const issue = checkRouteTargets(
      product.kind,
      route.strategy,
      route.targets,
      route.strategyConfig,
    );
    if (issue !== null) throw invalid(issue.message, issue.param);
    const modelIds = route.targets.flatMap((t) => (t.modelId ? [t.modelId] : []));
    const known = await this.repository.modelsInOrg(actor.orgId, modelIds);
    const unknown = route.targets.findIndex((t) => t.modelId && !known.has(t.modelId));
    if (unknown >= 0) throw notFound('Model', `targets.${unknown}.modelId`);
  }
}
