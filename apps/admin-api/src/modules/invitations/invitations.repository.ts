import { Inject, Injectable } from '@nestjs/common';
import type { OrgRole } from '@gatehouse/db';
import { DatabaseRepository } from '../database/database.repository.js';

export type InvitationRow = {
  id: string;
  email: string;
  role: OrgRole;
  teamId: string | null;
  expiresAt: Date;
  acceptedAt: Date | null;
  createdAt: Date;
};

const INVITATION_SELECT = {
  id: true,
  email: true,
  role: true,
  teamId: true,
  expiresAt: true,
  acceptedAt: true,
  createdAt: true,
} as const;

@Injectable()
export class InvitationsRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  private get db() {
    return this.database.client;
  }

  list(
    filter: { orgId: string; pendingAt?: Date; email?: string; afterId?: string },
    take: number,
  ): Promise<InvitationRow[]> {
    return this.db.invitation.findMany({
      where: {
        orgId: filter.orgId,
        email: filter.email,
        ...(filter.pendingAt ? { acceptedAt: null, expiresAt: { gt: filter.pendingAt } } : {}),
        ...(filter.afterId ? { id: { gt: filter.afterId } } : {}),
      },
      orderBy: { id: 'asc' },
      take,
      select: INVITATION_SELECT,
    });
  }

  find(orgId: string, id: string): Promise<InvitationRow | null> {
    return this.db.invitation.findFirst({ where: { id, orgId }, select: INVITATION_SELECT });
  }

  create(data: {
    orgId: string;
    email: string;
    role: OrgRole;
    teamId: string | null;
    tokenHash: string;
    expiresAt: Date;
  }): Promise<InvitationRow> {
    return this.db.invitation.create({ data, select: INVITATION_SELECT });
  }

  async delete(id: string): Promise<void> {
    await this.db.invitation.delete({ where: { id }, select: { id: true } });
  }

  async emailInUse(email: string): Promise<boolean> {
    return (await this.db.user.count({ where: { email } })) > 0;
  }

  async teamInOrg(orgId: string, teamId: string): Promise<boolean> {
    return (await this.db.team.count({ where: { id: teamId, orgId } })) > 0;
  }
}
