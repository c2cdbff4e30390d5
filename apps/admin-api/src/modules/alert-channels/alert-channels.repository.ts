import { Inject, Injectable } from '@nestjs/common';
import type { AlertChannelKind, AlertKind } from '@gatehouse/db';
import { DatabaseRepository } from '../database/database.repository.js';

export type AlertChannelRecord = {
  id: string;
  name: string;
  kind: AlertChannelKind;
  url: string | null;
  /** Whether a sealed secret is stored; the ciphertext never leaves this file. */
  hasSecret: boolean;
  kinds: AlertKind[];
  enabled: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export type AlertChannelWrite = {
  name?: string;
  kind?: AlertChannelKind;
  url?: string | null;
  secretEnc?: Uint8Array<ArrayBuffer> | null;
  kinds?: AlertKind[];
  enabled?: boolean;
};

const SELECT = {
  id: true,
  name: true,
  kind: true,
  url: true,
  secretEnc: true,
  kinds: true,
  enabled: true,
  createdAt: true,
  updatedAt: true,
} as const;

type Row = Omit<AlertChannelRecord, 'hasSecret'> & { secretEnc: Uint8Array | null };

function toRecord({ secretEnc, ...row }: Row): AlertChannelRecord {
  return { ...row, hasSecret: secretEnc !== null };
}

@Injectable()
export class AlertChannelsRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  private get db() {
    return this.database.client;
  }

  async findMany(
    filter: { orgId: string; kind?: AlertChannelKind; enabled?: boolean; afterId?: string },
    take: number,
  ): Promise<AlertChannelRecord[]> {
    const { orgId, afterId, ...where } = filter;
    const rows = await this.db.alertChannel.findMany({
      where: { orgId, ...where, ...(afterId ? { id: { gt: afterId } } : {}) },
      orderBy: { id: 'asc' },
      take,
      select: SELECT,
    });
    return rows.map(toRecord);
  }

  async findById(orgId: string, id: string): Promise<AlertChannelRecord | null> {
    const row = await this.db.alertChannel.findFirst({ where: { id, orgId }, select: SELECT });
    return row === null ? null : toRecord(row);
  }

  async create(
    orgId: string,
    write: AlertChannelWrite & { name: string; kind: AlertChannelKind },
  ): Promise<AlertChannelRecord> {
    const data = { orgId, ...write, name: write.name, kind: write.kind };
    return toRecord(await this.db.alertChannel.create({ data, select: SELECT }));
  }

  async update(id: string, write: AlertChannelWrite): Promise<AlertChannelRecord> {
    return toRecord(
      await this.db.alertChannel.update({ where: { id }, data: write, select: SELECT }),
    );
  }

  async delete(id: string): Promise<void> {
    await this.db.alertChannel.delete({ where: { id }, select: { id: true } });
  }
}
