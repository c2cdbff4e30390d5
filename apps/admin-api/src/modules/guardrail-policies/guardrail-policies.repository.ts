import { Inject, Injectable } from '@nestjs/common';
import type { Prisma } from '@gatehouse/db';
import type { GuardrailRules } from '@gatehouse/shared';
import { DatabaseRepository } from '../database/database.repository.js';

export type GuardrailPolicyRecord = {
  id: string;
  name: string;
  description: string;
  isDefault: boolean;
  input: Prisma.JsonValue;
  output: Prisma.JsonValue;
  enabled: boolean;
  productCount: number;
  createdAt: Date;
  updatedAt: Date;
};

export type GuardrailPolicyWrite = {
  name?: string;
  description?: string;
  isDefault?: boolean;
  input?: GuardrailRules;
  output?: GuardrailRules;
  enabled?: boolean;
};

const SELECT = {
  id: true,
  name: true,
  description: true,
  isDefault: true,
  input: true,
  output: true,
  enabled: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { products: true } },
} as const;

type Row = Omit<GuardrailPolicyRecord, 'productCount'> & { _count: { products: number } };

function toRecord({ _count, ...row }: Row): GuardrailPolicyRecord {
  return { ...row, productCount: _count.products };
}

function toData({ input, output, ...rest }: GuardrailPolicyWrite) {
  return {
    ...rest,
    ...(input === undefined ? {} : { input: input as Prisma.InputJsonObject }),
    ...(output === undefined ? {} : { output: output as Prisma.InputJsonObject }),
  };
}

@Injectable()
export class GuardrailPoliciesRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  private get db() {
    return this.database.client;
  }

  async findMany(
    filter: { orgId: string; enabled?: boolean; afterId?: string },
    take: number,
  ): Promise<GuardrailPolicyRecord[]> {
    const rows = await this.db.guardrailPolicy.findMany({
      where: {
        orgId: filter.orgId,
        enabled: filter.enabled,
        ...(filter.afterId ? { id: { gt: filter.afterId } } : {}),
      },
      orderBy: { id: 'asc' },
      take,
      select: SELECT,
    });
    return rows.map(toRecord);
  }

  async findById(orgId: string, id: string): Promise<GuardrailPolicyRecord | null> {
    const row = await this.db.guardrailPolicy.findFirst({ where: { id, orgId }, select: SELECT });
    return row === null ? null : toRecord(row);
  }

  /** Creates or updates; a new default unsets the previous one in the same transaction. */
  async save(
    orgId: string,
    id: string | null,
    write: GuardrailPolicyWrite & { name?: string },
  ): Promise<GuardrailPolicyRecord> {
    return this.db.$transaction(async (tx) => {
      if (write.isDefault === true) {
        await tx.guardrailPolicy.updateMany({
          where: { orgId, isDefault: true, ...(id === null ? {} : { NOT: { id } }) },
          data: { isDefault: false },
        });
      }
      const row =
        id === null
          ? await tx.guardrailPolicy.create({
              data: { orgId, name: write.name ?? '', ...toData(write) },
              select: SELECT,
            })
          : await tx.guardrailPolicy.update({ where: { id }, data: toData(write), select: SELECT });
      return toRecord(row);
    });
  }

  async delete(id: string): Promise<void> {
    await this.db.guardrailPolicy.delete({ where: { id }, select: { id: true } });
  }
}
