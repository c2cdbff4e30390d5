import { Inject, Injectable } from '@nestjs/common';
import type { OrgRole } from '@gatehouse/db';
import { DatabaseRepository } from '../modules/database/database.repository.js';

export type IdentityRow = {
  id: string;
  orgId: string;
  email: string;
  name: string;
  role: OrgRole;
  status: 'ACTIVE' | 'DISABLED';
  memberships: Array<{ teamId: string; role: 'MAINTAINER' | 'MEMBER' }>;
};

export type TokenRow = {
  id: string;
  userId: string;
  scopes: string[];
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
};

const IDENTITY_SELECT = {
  id: true,
  orgId: true,
  email: true,
  name: true,
  role: true,
  status: true,
  memberships: { select: { teamId: true, role: true } },
} as const;

/** Reads the guard needs on every authenticated request: the user and their memberships. */
@Injectable()
export class AuthRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  findIdentity(userId: string): Promise<IdentityRow | null> {
    return this.database.client.user.findUnique({ where: { id: userId }, select: IDENTITY_SELECT });
  }

  findTokenByHash(tokenHash: string): Promise<TokenRow | null> {
    return this.database.client.personalAccessToken.findUnique({
      where: { tokenHash },
      select: {
        id: true,
        userId: true,
        scopes: true,
        expiresAt: true,
        revokedAt: true,
        lastUsedAt: true,
      },
    });
  }

  async touchToken(id: string, now: Date): Promise<void> {
    await this.database.client.personalAccessToken.update({
      where: { id },
      data: { lastUsedAt: now },
      select: { id: true },
    });
  }
}
