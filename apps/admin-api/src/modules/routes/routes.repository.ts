import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, RouteStrategy } from '@gatehouse/db';
import { DatabaseRepository } from '../database/database.repository.js';

export type RouteTargetRecord = {
  id: string;
  modelId: string | null;
  modelName: string | null;
  upstreamUrl: string | null;
  weight: number;
  position: number;
  isFallback: boolean;
};

export type RouteRecord = {
  id: string;
  productId: string;
  name: string;
  priority: number;
  match: Prisma.JsonValue;
  strategy: RouteStrategy;
  strategyConfig: Prisma.JsonValue;
  targets: RouteTargetRecord[];
  retries: number;
  timeoutMs: number;
  cacheEnabled: boolean;
  cacheTtlSeconds: number;
  region: string | null;
  enabled: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export type NewRouteTarget = Omit<RouteTargetRecord, 'id' | 'modelName'>;

export type RouteWrite = {
  name?: string;
  priority?: number;
  match?: Record<string, unknown>;
  strategy?: RouteStrategy;
  strategyConfig?: Record<string, unknown>;
  retries?: number;
  timeoutMs?: number;
  cacheEnabled?: boolean;
  cacheTtlSeconds?: number;
  region?: string | null;
  enabled?: boolean;
};

// Primaries first, then fallbacks, each in position order.
const TARGET_ORDER: Prisma.RouteTargetOrderByWithRelationInput[] = [
  { isFallback: 'asc' },
  { position: 'asc' },
];

const SELECT = {
  id: true,
  productId: true,
  name: true,
  priority: true,
  match: true,
  strategy: true,
  strategyConfig: true,
  retries: true,
  timeoutMs: true,
  cacheEnabled: true,
  cacheTtlSeconds: true,
  region: true,
  enabled: true,
  createdAt: true,
  updatedAt: true,
  targets: {
    select: {
      id: true,
      modelId: true,
      upstreamUrl: true,
      weight: true,
      position: true,
      isFallback: true,
      model: { select: { publicName: true } },
    },
    orderBy: TARGET_ORDER,
  },
} as const;

type TargetRow = Omit<RouteTargetRecord, 'modelName'> & { model: { publicName: string } | null };
type Row = Omit<RouteRecord, 'targets'> & { targets: TargetRow[] };

function toRecord({ targets, ...row }: Row): RouteRecord {
  return {
    ...row,
    targets: targets.map(({ model, ...t }) => ({ ...t, modelName: model?.publicName ?? null })),
  };
}

function toData({ match, strategyConfig, ...write }: RouteWrite) {
  return {
    ...write,
    ...(match === undefined ? {} : { match: match as Prisma.InputJsonObject }),
    ...(strategyConfig === undefined
      ? {}
      : { strategyConfig: strategyConfig as Prisma.InputJsonObject }),
  };
}

@Injectable()
export class RoutesRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  private get db() {
    return this.database.client;
  }

  async findMany(
    productId: string,
    afterId: string | undefined,
    take: number,
  ): Promise<RouteRecord[]> {
    const rows = await this.db.route.findMany({
      where: { productId, ...(afterId ? { id: { gt: afterId } } : {}) },
      orderBy: { id: 'asc' },
      take,
      select: SELECT,
    });
    return rows.map(toRecord);
  }

  async findById(productId: string, id: string): Promise<RouteRecord | null> {
    const row = await this.db.route.findFirst({ where: { id, productId }, select: SELECT });
    return row === null ? null : toRecord(row);
  }

  /** Which of these model ids belong to the org. */
  async modelsInOrg(orgId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db.model.findMany({
      where: { orgId, id: { in: ids } },
      select: { id: true },
    });
    return new Set(rows.map((r) => r.id));
  }

  async create(
    productId: string,
    write: RouteWrite & { name: string },
    targets: NewRouteTarget[],
  ): Promise<RouteRecord> {
    return this.db.$transaction(async (tx) => {
      const { id } = await tx.route.create({
        data: { productId, ...toData(write), name: write.name, targets: { create: targets } },
        select: { id: true },
      });
      return toRecord(await tx.route.findUniqueOrThrow({ where: { id }, select: SELECT }));
    });
  }

  /** Updates fields and, when `targets` is given, replaces the target list. */
  async update(
    id: string,
    write: RouteWrite,
    targets: NewRouteTarget[] | undefined,
  ): Promise<RouteRecord> {
    return this.db.$transaction(async (tx) => {
      await tx.route.update({ where: { id }, data: toData(write), select: { id: true } });
      if (targets !== undefined) {
        await tx.routeTarget.deleteMany({ where: { routeId: id } });
        await tx.routeTarget.createMany({ data: targets.map((t) => ({ ...t, routeId: id })) });
      }
      return toRecord(await tx.route.findUniqueOrThrow({ where: { id }, select: SELECT }));
    });
  }

  async delete(id: string): Promise<void> {
    await this.db.route.delete({ where: { id }, select: { id: true } });
  }
}
