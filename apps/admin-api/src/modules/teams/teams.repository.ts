import { Inject, Injectable } from '@nestjs/common';
import { DatabaseRepository } from '../database/database.repository.js';

export type TeamRow = {
  id: string;
  orgId: string;
  slug: string;
  name: string;
  costCenter: string;
  region: string | null;
  createdAt: Date;
  updatedAt: Date;
  _count: { memberships: number; applications: number };
};

export type MemberRow = {
  userId: string;
  role: 'MAINTAINER' | 'MEMBER';
  createdAt: Date;
  user: { email: string; name: string; role: string; status: string };
};

const TEAM_SELECT = {
  id: true,
  orgId: true,
  slug: true,
  name: true,
  costCenter: true,
  region: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { memberships: true, applications: true } },
} as const;

const MEMBER_SELECT = {
  userId: true,
  role: true,
  createdAt: true,
  user: { select: { email: true, name: true, role: true, status: true } },
} as const;

export type TeamListFilter = {
  orgId: string;
  /** null = every team of the org. */
  teamIds: string[] | null;
  q?: string;
  costCenter?: string;
  afterId?: string;
};

/** Teams (cost centers) and their memberships, always scoped by org. */
@Injectable()
export class TeamsRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  private get db() {
    return this.database.client;
  }

  list(filter: TeamListFilter, take: number): Promise<TeamRow[]> {
    return this.db.team.findMany({
      where: {
        orgId: filter.orgId,
        ...(filter.teamIds === null ? {} : { id: { in: filter.teamIds } }),
        ...(filter.afterId ? { id: { gt: filter.afterId } } : {}),
        ...(filter.costCenter ? { costCenter: filter.costCenter } : {}),
        ...(filter.q
          ? {
              OR: [
                { name: { contains: filter.q, mode: 'insensitive' as const } },
                { slug: { contains: filter.q, mode: 'insensitive' as const } },
              ],
            }
          : {}),
      },
      orderBy: { id: 'asc' },
      take,
      select: TEAM_SELECT,
    });
  }

  find(orgId: string, id: string): Promise<TeamRow | null> {
    return this.db.team.findFirst({ where: { id, orgId }, select: TEAM_SELECT });
  }

  create(
    orgId: string,
    data: { slug: string; name: string; costCenter: string; region?: string | null },
  ): Promise<TeamRow> {
    return this.db.team.create({ data: { ...data, orgId }, select: TEAM_SELECT });
  }

  update(
    id: string,
    data: { name?: string; costCenter?: string; region?: string | null },
  ): Promise<TeamRow> {
    return this.db.team.update({ where: { id }, data, select: TEAM_SELECT });
  }

  async delete(id: string): Promise<void> {
    await this.db.team.delete({ where: { id }, select: { id: true } });
  }

  members(teamId: string): Promise<MemberRow[]> {
    return this.db.teamMembership.findMany({
      where: { teamId },
      orderBy: { createdAt: 'asc' },
      select: MEMBER_SELECT,
    });
  }

  member(teamId: string, userId: string): Promise<MemberRow | null> {
    return this.db.teamMembership.findUnique({
      where: { teamId_userId: { teamId, userId } },
      select: MEMBER_SELECT,
    });
  }

  upsertMember(teamId: string, userId: string, role: 'MAINTAINER' | 'MEMBER'): Promise<MemberRow> {
    return this.db.teamMembership.upsert({
      where: { teamId_userId: { teamId, userId } },
      create: { teamId, userId, role },
      update: { role },
      select: MEMBER_SELECT,
    });
  }

  async removeMember(teamId: string, userId: string): Promise<void> {
    await this.db.teamMembership.delete({ where: { teamId_userId: { teamId, userId } } });
  }

  userInOrg(orgId: string, userId: string): Promise<{ id: string } | null> {
    return this.db.user.findFirst({ where: { id: userId, orgId }, select: { id: true } });
  }
}
