import { Inject, Injectable } from '@nestjs/common';
import type { ModelKind } from '@gatehouse/db';
import { DatabaseRepository } from '../database/database.repository.js';

export type ModelRecord = {
  id: string;
  providerId: string;
  providerSlug: string;
  publicName: string;
  upstreamId: string;
  kind: ModelKind;
  inputPricePerMTokMicros: bigint;
  outputPricePerMTokMicros: bigint;
  cachedInputPricePerMTokMicros: bigint;
  contextWindow: number;
  maxOutputTokens: number | null;
  supportsTools: boolean;
  supportsVision: boolean;
  supportsStreaming: boolean;
  embeddingDimensions: number | null;
  region: string | null;
  timeoutMs: number | null;
  enabled: boolean;
  aliases: string[];
  createdAt: Date;
  updatedAt: Date;
};

export type ModelWrite = Partial<
  Omit<ModelRecord, 'id' | 'providerSlug' | 'aliases' | 'createdAt' | 'updatedAt'>
>;

export type ModelFilter = {
  orgId: string;
  providerId?: string;
  kind?: ModelKind;
  enabled?: boolean;
  q?: string;
  afterId?: string;
};

const SELECT = {
  id: true,
  providerId: true,
  publicName: true,
  upstreamId: true,
  kind: true,
  inputPricePerMTokMicros: true,
  outputPricePerMTokMicros: true,
  cachedInputPricePerMTokMicros: true,
  contextWindow: true,
  maxOutputTokens: true,
  supportsTools: true,
  supportsVision: true,
  supportsStreaming: true,
  embeddingDimensions: true,
  region: true,
  timeoutMs: true,
  enabled: true,
  createdAt: true,
  updatedAt: true,
  provider: { select: { slug: true } },
  aliases: { select: { alias: true }, orderBy: { alias: 'asc' } },
} as const;

type Row = Omit<ModelRecord, 'providerSlug' | 'aliases'> & {
  provider: { slug: string };
  aliases: { alias: string }[];
};

function toRecord({ provider, aliases, ...row }: Row): ModelRecord {
  return { ...row, providerSlug: provider.slug, aliases: aliases.map((a) => a.alias) };
}

@Injectable()
export class ModelsRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  private get db() {
    return this.database.client;
  }

  async findMany(filter: ModelFilter, take: number): Promise<ModelRecord[]> {
    const rows = await this.db.model.findMany({
      where: {
        orgId: filter.orgId,
        providerId: filter.providerId,
        kind: filter.kind,
        enabled: filter.enabled,
        ...(filter.q ? { publicName: { contains: filter.q, mode: 'insensitive' as const } } : {}),
        ...(filter.afterId ? { id: { gt: filter.afterId } } : {}),
      },
      orderBy: { id: 'asc' },
      take,
      select: SELECT,
    });
    return rows.map(toRecord);
  }

  async findById(orgId: string, id: string): Promise<ModelRecord | null> {
    const row = await this.db.model.findFirst({ where: { id, orgId }, select: SELECT });
    return row === null ? null : toRecord(row);
  }

  async providerInOrg(orgId: string, providerId: string): Promise<boolean> {
    return (await this.db.provider.count({ where: { id: providerId, orgId } })) === 1;
  }

  /** The first of `names` another model of the org already answers to (name or alias). */
  async nameInUse(orgId: string, names: string[], exceptModelId?: string): Promise<string | null> {
    if (names.length === 0) return null;
    const notThis = exceptModelId === undefined ? {} : { NOT: { id: exceptModelId } };
    const [models, aliases] = await Promise.all([
      this.db.model.findMany({
        where: { orgId, publicName: { in: names }, ...notThis },
        select: { publicName: true },
      }),
      this.db.modelAlias.findMany({
        where: {
          orgId,
          alias: { in: names },
          ...(exceptModelId === undefined ? {} : { NOT: { modelId: exceptModelId } }),
        },
        select: { alias: true },
      }),
    ]);
    const taken = new Set([...models.map((m) => m.publicName), ...aliases.map((a) => a.alias)]);
    return names.find((name) => taken.has(name)) ?? null;
  }

  async create(
    orgId: string,
    data: ModelWrite & Pick<ModelRecord, 'providerId' | 'publicName' | 'upstreamId'>,
    aliases: string[],
  ): Promise<ModelRecord> {
    return this.db.$transaction(async (tx) => {
      const { id } = await tx.model.create({
        data: {
          orgId,
          ...data,
          inputPricePerMTokMicros: data.inputPricePerMTokMicros ?? 0n,
          outputPricePerMTokMicros: data.outputPricePerMTokMicros ?? 0n,
          contextWindow: data.contextWindow ?? 0,
        },
        select: { id: true },
      });
      await tx.modelAlias.createMany({
        data: aliases.map((alias) => ({ orgId, alias, modelId: id })),
      });
      return toRecord(await tx.model.findUniqueOrThrow({ where: { id }, select: SELECT }));
    });
  }

  /** Updates fields and, when `aliases` is given, replaces the alias set. */
  async update(
    orgId: string,
    id: string,
    data: ModelWrite & { publicName?: string },
    aliases: string[] | undefined,
  ): Promise<ModelRecord> {
    return this.db.$transaction(async (tx) => {
      await tx.model.update({ where: { id }, data, select: { id: true } });
      if (aliases !== undefined) {
        await tx.modelAlias.deleteMany({ where: { modelId: id } });
        await tx.modelAlias.createMany({
          data: aliases.map((alias) => ({ orgId, alias, modelId: id })),
        });
      }
      return toRecord(await tx.model.findUniqueOrThrow({ where: { id }, select: SELECT }));
    });
  }

  async delete(id: string): Promise<void> {
    await this.db.model.delete({ where: { id }, select: { id: true } });
  }
}
