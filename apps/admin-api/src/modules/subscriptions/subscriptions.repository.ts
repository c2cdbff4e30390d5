import { Inject, Injectable } from '@nestjs/common';
import type { SubscriptionStatus } from '@gatehouse/db';
import { DatabaseRepository } from '../database/database.repository.js';

export type SubscriptionRecord = {
  id: string;
  applicationId: string;
  applicationName: string;
  teamId: string;
  productId: string;
  productName: string;
  planId: string;
  planName: string;
  status: SubscriptionStatus;
  requestedById: string | null;
  decidedById: string | null;
  decidedAt: Date | null;
  reason: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type SubscriptionFilter = {
  orgId: string;
  teamIds: string[] | null;
  status?: SubscriptionStatus;
  applicationId?: string;
  productId?: string;
  afterId?: string;
};

const SELECT = {
  id: true,
  applicationId: true,
  productId: true,
  planId: true,
  status: true,
  requestedById: true,
  decidedById: true,
  decidedAt: true,
  reason: true,
  createdAt: true,
  updatedAt: true,
  application: { select: { name: true, teamId: true } },
  product: { select: { name: true } },
  plan: { select: { name: true } },
} as const;

type Row = Omit<SubscriptionRecord, 'applicationName' | 'teamId' | 'productName' | 'planName'> & {
  application: { name: string; teamId: string };
  product: { name: string };
  plan: { name: string };
};

function toRecord({ application, product, plan, ...row }: Row): SubscriptionRecord {
  return {
    ...row,
    applicationName: application.name,
    teamId: application.teamId,
    productName: product.name,
    planName: plan.name,
  };
}

@Injectable()
export class SubscriptionsRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  private get db() {
    return this.database.client;
  }

  async findMany(filter: SubscriptionFilter, take: number): Promise<SubscriptionRecord[]> {
    const rows = await this.db.subscription.findMany({
      where: {
        orgId: filter.orgId,
        status: filter.status,
        applicationId: filter.applicationId,
        productId: filter.productId,
        ...(filter.teamIds === null ? {} : { application: { teamId: { in: filter.teamIds } } }),
        ...(filter.afterId ? { id: { gt: filter.afterId } } : {}),
      },
      orderBy: { id: 'asc' },
      take,
      select: SELECT,
    });
    return rows.map(toRecord);
  }

  async findById(orgId: string, id: string): Promise<SubscriptionRecord | null> {
    const row = await this.db.subscription.findFirst({ where: { id, orgId }, select: SELECT });
    return row === null ? null : toRecord(row);
  }

  async create(data: {
    orgId: string;
    applicationId: string;
    productId: string;
    planId: string;
    status: SubscriptionStatus;
    requestedById: string;
    decidedAt: Date | null;
  }): Promise<SubscriptionRecord> {
    return toRecord(await this.db.subscription.create({ data, select: SELECT }));
  }

  /**
   * Moves a subscription from `from` to `to` only if it is still in `from` (a concurrent
   * decision loses cleanly); null when it was not.
   */
  async transition(
    id: string,
    from: SubscriptionStatus,
    data: {
      status: SubscriptionStatus;
      decidedById: string;
      decidedAt: Date;
      reason: string | null;
    },
  ): Promise<SubscriptionRecord | null> {
    const { count } = await this.db.subscription.updateMany({ where: { id, status: from }, data });
    if (count === 0) return null;
    return toRecord(
      await this.db.subscription.findUniqueOrThrow({ where: { id }, select: SELECT }),
    );
  }
}
