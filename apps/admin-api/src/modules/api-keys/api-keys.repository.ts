import { Inject, Injectable } from '@nestjs/common';
import { DatabaseRepository } from '../database/database.repository.js';

export type ApiKeyRecord = {
  id: string;
  applicationId: string;
  name: string;
  prefix: string;
  allowedModels: string[];
  scopes: string[];
  status: 'ACTIVE' | 'REVOKED';
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  rotatedFromId: string | null;
  createdAt: Date;
  /** Team of the key's application, for team scoping. */
  teamId: string;
  /** Whether a newer key already replaced this one. */
  rotated: boolean;
};

export type NewApiKey = {
  orgId: string;
  applicationId: string;
  name: string;
  keyHash: string;
  prefix: string;
  allowedModels: string[];
  scopes: string[];
  expiresAt: Date | null;
  rotatedFromId?: string;
};

// keyHash is deliberately not selected: nothing above the repository needs it.
const SELECT = {
  id: true,
  applicationId: true,
  name: true,
  prefix: true,
  allowedModels: true,
  scopes: true,
  status: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  rotatedFromId: true,
  createdAt: true,
  application: { select: { teamId: true } },
  rotatedTo: { select: { id: true } },
} as const;

type Row = Omit<ApiKeyRecord, 'teamId' | 'rotated'> & {
  application: { teamId: string };
  rotatedTo: { id: string } | null;
};

function toRecord({ application, rotatedTo, ...row }: Row): ApiKeyRecord {
  return { ...row, teamId: application.teamId, rotated: rotatedTo !== null };
}

@Injectable()
export class ApiKeysRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  private get db() {
    return this.database.client;
  }

  async findMany(
    filter: {
      orgId: string;
      teamIds: string[] | null;
      applicationId?: string;
      status?: 'ACTIVE' | 'REVOKED';
      afterId?: string;
    },
    take: number,
  ): Promise<ApiKeyRecord[]> {
    const rows = await this.db.apiKey.findMany({
      where: {
        orgId: filter.orgId,
        applicationId: filter.applicationId,
        status: filter.status,
        ...(filter.teamIds === null ? {} : { application: { teamId: { in: filter.teamIds } } }),
        ...(filter.afterId ? { id: { gt: filter.afterId } } : {}),
      },
      orderBy: { id: 'asc' },
      take,
      select: SELECT,
    });
    return rows.map(toRecord);
  }

  async findById(orgId: string, id: string): Promise<ApiKeyRecord | null> {
    const row = await this.db.apiKey.findFirst({ where: { id, orgId }, select: SELECT });
    return row === null ? null : toRecord(row);
  }

  async create(data: NewApiKey): Promise<ApiKeyRecord> {
    return toRecord(await this.db.apiKey.create({ data, select: SELECT }));
  }

  /** Issues the replacement and shortens the old key's life in one transaction. */
  async rotate(
    oldId: string,
    oldExpiresAt: Date,
    replacement: NewApiKey,
  ): Promise<{ previous: ApiKeyRecord; key: ApiKeyRecord }> {
    const [previous, key] = await this.db.$transaction([
      this.db.apiKey.update({
        where: { id: oldId },
        data: { expiresAt: oldExpiresAt },
        select: SELECT,
      }),
      this.db.apiKey.create({ data: { ...replacement, rotatedFromId: oldId }, select: SELECT }),
    ]);
    return { previous: toRecord({ ...previous, rotatedTo: { id: key.id } }), key: toRecord(key) };
  }

  async revoke(id: string, now: Date): Promise<ApiKeyRecord> {
    return toRecord(
      await this.db.apiKey.update({
        where: { id },
        data: { status: 'REVOKED', revokedAt: now },
        select: SELECT,
      }),
    );
  }
}
