import { Inject, Injectable } from '@nestjs/common';
import { DatabaseRepository } from '../database/database.repository.js';

export type ApplicationRecord = {
  id: string;
  teamId: string;
  teamName: string;
  name: string;
  description: string;
  createdById: string | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export type ApplicationFilter = {
  orgId: string;
  /** null = every team of the org. */
  teamIds: string[] | null;
  teamId?: string;
  q?: string;
  includeArchived: boolean;
  afterId?: string;
};

const SELECT = {
  id: true,
  teamId: true,
  name: true,
  description: true,
  createdById: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
  team: { select: { name: true } },
} as const;

type Row = {
  id: string;
  teamId: string;
  name: string;
  description: string;
  createdById: string | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  team: { name: string };
};

function toRecord({ team, ...row }: Row): ApplicationRecord {
  return { ...row, teamName: team.name };
}

@Injectable()
export class ApplicationsRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  private get db() {
    return this.database.client;
  }

  async findMany(filter: ApplicationFilter, take: number): Promise<ApplicationRecord[]> {
    const rows = await this.db.application.findMany({
      where: {
        orgId: filter.orgId,
        teamId:
          filter.teamIds === null ? filter.teamId : { in: filter.teamIds, equals: filter.teamId },
        ...(filter.q ? { name: { contains: filter.q, mode: 'insensitive' as const } } : {}),
        ...(filter.includeArchived ? {} : { archivedAt: null }),
        ...(filter.afterId ? { id: { gt: filter.afterId } } : {}),
      },
      orderBy: { id: 'asc' },
      take,
      select: SELECT,
    });
    return rows.map(toRecord);
  }

  async findById(orgId: string, id: string): Promise<ApplicationRecord | null> {
    const row = await this.db.application.findFirst({ where: { id, orgId }, select: SELECT });
    return row === null ? null : toRecord(row);
  }

  async teamInOrg(orgId: string, teamId: string): Promise<boolean> {
    return (await this.db.team.count({ where: { id: teamId, orgId } })) === 1;
  }

  async create(data: {
    orgId: string;
    teamId: string;
    name: string;
    description: string;
    createdById: string;
  }): Promise<ApplicationRecord> {
    return toRecord(await this.db.application.create({ data, select: SELECT }));
  }

  async update(
    id: string,
    data: { teamId?: string; name?: string; description?: string },
  ): Promise<ApplicationRecord> {
    return toRecord(await this.db.application.update({ where: { id }, data, select: SELECT }));
  }

  /** Archives the application and revokes its active keys in one transaction. */
  async archive(id: string, now: Date): Promise<ApplicationRecord> {
    const [row] = await this.db.$transaction([
      this.db.application.update({ where: { id }, data: { archivedAt: now }, select: SELECT }),
      this.db.apiKey.updateMany({
        where: { applicationId: id, status: 'ACTIVE' },
        data: { status: 'REVOKED', revokedAt: now },
      }),
    ]);
    return toRecord(row);
  }
}
