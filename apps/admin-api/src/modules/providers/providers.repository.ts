import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, ProviderKind } from '@gatehouse/db';
import { DatabaseRepository } from '../database/database.repository.js';

export type ProviderRecord = {
  id: string;
  slug: string;
  name: string;
  kind: ProviderKind;
  baseUrl: string;
  region: string | null;
  settings: Record<string, unknown>;
  enabled: boolean;
  /** Whether sealed credentials are stored; the ciphertext itself never leaves this file. */
  hasCredentials: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export type ProviderWrite = {
  slug?: string;
  name?: string;
  kind?: ProviderKind;
  baseUrl?: string;
  region?: string | null;
  settings?: Record<string, unknown>;
  enabled?: boolean;
  /** Sealed credentials; null clears them, undefined keeps them. */
  credentialsEnc?: Uint8Array<ArrayBuffer> | null;
};

export type NewProvider = ProviderWrite & {
  slug: string;
  name: string;
  kind: ProviderKind;
  baseUrl: string;
};

const SELECT = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  baseUrl: true,
  region: true,
  settings: true,
  enabled: true,
  credentialsEnc: true,
  createdAt: true,
  updatedAt: true,
} as const;

type Row = Omit<ProviderRecord, 'hasCredentials' | 'settings'> & {
  settings: Prisma.JsonValue;
  credentialsEnc: Uint8Array | null;
};

function toRecord({ credentialsEnc, settings, ...row }: Row): ProviderRecord {
  const plain = typeof settings === 'object' && settings !== null && !Array.isArray(settings);
  return {
    ...row,
    settings: plain ? (settings as Record<string, unknown>) : {},
    hasCredentials: credentialsEnc !== null,
  };
}

function toData({ settings, ...write }: ProviderWrite) {
  return {
    ...write,
    ...(settings === undefined ? {} : { settings: settings as Prisma.InputJsonObject }),
  };
}

@Injectable()
export class ProvidersRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  private get db() {
    return this.database.client;
  }

  async findMany(
    filter: { orgId: string; kind?: ProviderKind; enabled?: boolean; afterId?: string },
    take: number,
  ): Promise<ProviderRecord[]> {
    const rows = await this.db.provider.findMany({
      where: {
        orgId: filter.orgId,
        kind: filter.kind,
        enabled: filter.enabled,
        ...(filter.afterId ? { id: { gt: filter.afterId } } : {}),
      },
      orderBy: { id: 'asc' },
      take,
      select: SELECT,
    });
    return rows.map(toRecord);
  }

  async findById(orgId: string, id: string): Promise<ProviderRecord | null> {
    const row = await this.db.provider.findFirst({ where: { id, orgId }, select: SELECT });
    return row === null ? null : toRecord(row);
  }

  async create(orgId: string, write: NewProvider): Promise<ProviderRecord> {
    const data = { orgId, ...write, settings: (write.settings ?? {}) as Prisma.InputJsonObject };
    return toRecord(await this.db.provider.create({ data, select: SELECT }));
  }

  async update(id: string, write: ProviderWrite): Promise<ProviderRecord> {
    return toRecord(
      await this.db.provider.update({ where: { id }, data: toData(write), select: SELECT }),
    );
  }

  async delete(id: string): Promise<void> {
    await this.db.provider.delete({ where: { id }, select: { id: true } });
  }
}
