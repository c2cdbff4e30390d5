import { Inject, Injectable } from '@nestjs/common';
import type { OrgRole } from '@gatehouse/db';
import { USER_VIEW_SELECT, type UserViewRow } from '../../auth/user-view.js';
import { DatabaseRepository } from '../database/database.repository.js';

export type UserListFilter = {
  orgId: string;
  role?: OrgRole;
  status?: 'ACTIVE' | 'DISABLED';
  q?: string;
  teamId?: string;
  afterId?: string;
};

@Injectable()
export class UsersRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  private get db() {
    return this.database.client;
  }

  list(filter: UserListFilter, take: number): Promise<UserViewRow[]> {
    return this.db.user.findMany({
      where: {
        orgId: filter.orgId,
        role: filter.role,
        status: filter.status,
        ...(filter.teamId ? { memberships: { some: { teamId: filter.teamId } } } : {}),
        ...(filter.afterId ? { id: { gt: filter.afterId } } : {}),
        ...(filter.q
          ? {
              OR: [
                { email: { contains: filter.q, mode: 'insensitive' as const } },
                { name: { contains: filter.q, mode: 'insensitive' as const } },
              ],
            }
          : {}),
      },
      orderBy: { id: 'asc' },
      take,
      select: USER_VIEW_SELECT,
    });
  }

  find(orgId: string, id: string): Promise<UserViewRow | null> {
    return this.db.user.findFirst({ where: { id, orgId }, select: USER_VIEW_SELECT });
  }

  update(
    id: string,
    data: { name?: string; role?: OrgRole; status?: 'ACTIVE' | 'DISABLED' },
  ): Promise<UserViewRow> {
    return this.db.user.update({ where: { id }, data, select: USER_VIEW_SELECT });
  }

  countActiveOwners(orgId: string): Promise<number> {
    return this.db.user.count({ where: { orgId, role: 'OWNER', status: 'ACTIVE' } });
  }
}
