import { Inject, Injectable } from '@nestjs/common';
import type { BudgetMode, BudgetPeriod, OverageBehavior, Prisma } from '@gatehouse/db';
import { DatabaseRepository } from '../database/database.repository.js';

export type PlanRecord = {
  id: string;
  productId: string;
  slug: string;
  name: string;
  description: string;
  requestsPerMinute: number | null;
  tokensPerMinute: number | null;
  modelLimits: Prisma.JsonValue;
  requestQuota: number | null;
  tokenQuota: bigint | null;
  quotaPeriod: BudgetPeriod;
  budgetMicros: bigint | null;
  budgetPeriod: BudgetPeriod;
  budgetMode: BudgetMode;
  overage: OverageBehavior;
  downgradeModelId: string | null;
  allowedModels: string[];
  priceMonthlyMicros: bigint;
  isPublic: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export type PlanWrite = Partial<
  Omit<PlanRecord, 'id' | 'productId' | 'modelLimits' | 'createdAt' | 'updatedAt'>
> & { modelLimits?: Record<string, unknown> };

const SELECT = {
  id: true,
  productId: true,
  slug: true,
  name: true,
  description: true,
  requestsPerMinute: true,
  tokensPerMinute: true,
  modelLimits: true,
  requestQuota: true,
  tokenQuota: true,
  quotaPeriod: true,
  budgetMicros: true,
  budgetPeriod: true,
  budgetMode: true,
  overage: true,
  downgradeModelId: true,
  allowedModels: true,
  priceMonthlyMicros: true,
  isPublic: true,
  createdAt: true,
  updatedAt: true,
} as const;

function toData({ modelLimits, ...write }: PlanWrite) {
  return {
    ...write,
    ...(modelLimits === undefined ? {} : { modelLimits: modelLimits as Prisma.InputJsonObject }),
  };
}

@Injectable()
export class PlansRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  private get db() {
    return this.database.client;
  }

  async findMany(
    filter: { productId: string; publicOnly: boolean; afterId?: string },
    take: number,
  ): Promise<PlanRecord[]> {
    return this.db.plan.findMany({
      where: {
        productId: filter.productId,
        ...(filter.publicOnly ? { isPublic: true } : {}),
        ...(filter.afterId ? { id: { gt: filter.afterId } } : {}),
      },
      orderBy: { id: 'asc' },
      take,
      select: SELECT,
    });
  }

  async findById(productId: string, id: string): Promise<PlanRecord | null> {
    return this.db.plan.findFirst({ where: { id, productId }, select: SELECT });
  }

  async modelInOrg(orgId: string, id: string): Promise<boolean> {
    return (await this.db.model.count({ where: { id, orgId } })) === 1;
  }

  async create(
    productId: string,
    write: PlanWrite & { slug: string; name: string },
  ): Promise<PlanRecord> {
    const data = { productId, ...toData(write), slug: write.slug, name: write.name };
    return this.db.plan.create({ data, select: SELECT });
  }

  async update(id: string, write: PlanWrite): Promise<PlanRecord> {
    return this.db.plan.update({ where: { id }, data: toData(write), select: SELECT });
  }

  async delete(id: string): Promise<void> {
    await this.db.plan.delete({ where: { id }, select: { id: true } });
  }
}
