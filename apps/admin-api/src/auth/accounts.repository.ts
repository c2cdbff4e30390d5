import { Inject, Injectable } from '@nestjs/common';
import type { OrgRole } from '@gatehouse/db';
import type { SignupInvitation } from '@gatehouse/shared';
import { DatabaseRepository } from '../modules/database/database.repository.js';
import { USER_VIEW_SELECT, type UserViewRow } from './user-view.js';

export type LoginUserRow = UserViewRow & {
  passwordHash: string | null;
  oidcSubject: string | null;
};

export type NewAccount = {
  orgId: string;
  email: string;
  name: string;
  role: OrgRole;
  passwordHash: string | null;
  oidcSubject?: string | null;
  teamId: string | null;
  invitationId: string | null;
};

/** Users as accounts: lookup by e-mail, sign-up (with invitation acceptance), login marks. */
@Injectable()
export class AccountsRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  private get db() {
    return this.database.client;
  }

  findByEmail(email: string): Promise<LoginUserRow | null> {
    return this.db.user.findUnique({
      where: { email },
      select: { ...USER_VIEW_SELECT, passwordHash: true, oidcSubject: true },
    });
  }

  findView(userId: string): Promise<UserViewRow | null> {
    return this.db.user.findUnique({ where: { id: userId }, select: USER_VIEW_SELECT });
  }

  findInvitationByHash(tokenHash: string): Promise<SignupInvitation | null> {
    return this.db.invitation.findUnique({
      where: { tokenHash },
      select: {
        id: true,
        orgId: true,
        email: true,
        role: true,
        teamId: true,
        expiresAt: true,
        acceptedAt: true,
      },
    });
  }

  async orgIdsAllowingDomain(domain: string, orgSlug: string | undefined): Promise<string[]> {
    const rows = await this.db.organization.findMany({
      where: { allowedSignupDomains: { has: domain }, ...(orgSlug ? { slug: orgSlug } : {}) },
      select: { id: true },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map((row) => row.id);
  }

  /** Creates the user, their team membership and marks the invitation used, atomically. */
  async create(account: NewAccount, now: Date): Promise<UserViewRow> {
    return this.db.$transaction(async (tx) => {
      if (account.invitationId !== null) {
        // Guarded update: a second sign-up racing on the same invitation finds nothing to claim.
        const claimed = await tx.invitation.updateMany({
          where: { id: account.invitationId, acceptedAt: null },
          data: { acceptedAt: now },
        });
        if (claimed.count !== 1) throw new InvitationAlreadyUsedError();
      }
      const user = await tx.user.create({
        data: {
          orgId: account.orgId,
          email: account.email,
          name: account.name,
          role: account.role,
          passwordHash: account.passwordHash,
          oidcSubject: account.oidcSubject ?? null,
          lastLoginAt: now,
        },
        select: { id: true },
      });
      if (account.teamId !== null)
        await tx.teamMembership.create({
          data: { teamId: account.teamId, userId: user.id, role: 'MEMBER' },
        });
      return tx.user.findUniqueOrThrow({ where: { id: user.id }, select: USER_VIEW_SELECT });
    });
  }

  async markLogin(userId: string, now: Date, oidcSubject?: string): Promise<void> {
    await this.db.user.update({
      where: { id: userId },
      data: { lastLoginAt: now, ...(oidcSubject ? { oidcSubject } : {}) },
      select: { id: true },
    });
  }
}

export class InvitationAlreadyUsedError extends Error {
  constructor() {
    super('invitation already used');
  }
}
